<?php
class A { function __toString(): int {} }
