"Severstal: Steel Defect Detection: sample, data, U-Net, training, post-processing, submission, the `kaggle-tutorials run severstal` job and its predictor."
from .sample import *
from .data import *
from .model import *
from .train import *
from .postprocess import *
from .job import *
