"""kg: a knowledge graph of dated state cyber-conflict events read from news articles."""

__version__ = "0.1.0"
