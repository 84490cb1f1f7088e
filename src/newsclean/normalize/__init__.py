"""Text normalisers: ``str`` in, ``str`` out; ``Article`` in, ``Article`` out."""
