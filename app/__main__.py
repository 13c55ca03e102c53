"""`python -m app` runs Jiaoliu."""

import sys

from app.main import main

sys.exit(main())
