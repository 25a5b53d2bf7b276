<?php
interface I { final function f(); }
