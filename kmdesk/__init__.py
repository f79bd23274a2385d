"""kmdesk: self-assessment of Thai KM facilitators (คุณอำนวย) per role and round."""

__version__ = "0.1.0"
