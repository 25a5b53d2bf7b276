<?php
class A extends self {}
