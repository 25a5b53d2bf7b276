<?php
interface I { use T; }
