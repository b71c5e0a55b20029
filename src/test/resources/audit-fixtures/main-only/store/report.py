"""Imports the replicator for one helper: importing it does not patch anything."""
from store import replicator


def summary(items):
    replicator.replicate(items)
    return len(items)
