"""Happywhale - Whale and Dolphin Identification: the sample, reading and folds, the ArcFace model, training, validation and the submission, and the job."""
from .sample import *
from .data import *
from .model import *
from .train import *
from .predict import *
from .job import *
