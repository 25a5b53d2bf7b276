<?php
new \self;
