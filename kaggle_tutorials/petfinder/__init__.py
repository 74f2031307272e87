"""PetFinder Pawpularity: sample generator, data checks, EDA, EfficientNet scaling, image + metadata network, SVR head, K-fold training, CLIP prompt features, the job with its saved model folder, and the predictor."""
from .sample import *
from .data import *
from .eda import *
from .scaling import *
from .model import *
from .svr import *
from .train import *
from .clip import *
from .job import *
