"""`python -m reader` and the frozen bundle start here."""

import multiprocessing
import sys

from reader.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen bundle's import workers start through here
    sys.exit(main())
