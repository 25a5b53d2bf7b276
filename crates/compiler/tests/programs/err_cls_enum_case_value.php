<?php
enum E { case A = 1; }
