"""Block classifiers: decide what each block is and label it, never delete it."""
