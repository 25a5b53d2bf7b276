<?php
interface I { protected const X = 1; }
