<?php
enum E: float {}
