"""innovkit: the facilitators' companion for the Antibes organisational innovation ecosystem."""

__version__ = "0.1.0"
