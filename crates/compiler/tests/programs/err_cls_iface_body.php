<?php
interface I { function f() {} }
