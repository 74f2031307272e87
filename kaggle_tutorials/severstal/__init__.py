"Severstal: Steel Defect Detection: sample, data, U-Net, training, post-processing, submission and the `kaggle-tutorials run severstal` job."
from .sample import *
from .data import *
from .model import *
from .train import *
from .postprocess import *
from .job import *
