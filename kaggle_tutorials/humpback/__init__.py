"""Humpback Whale Identification: synthetic flukes, metric learning with ArcFace and ProxyAnchor, Recall@K and MAP@5, the saved model and its batched prediction, the job and its predictor (the Gradio demo, which needs gradio, is `kaggle_tutorials.humpback.app`)."""
from .sample import *
from .data import *
from .model import *
from .train import *
from .metrics import *
from .inference import *
from .job import *
