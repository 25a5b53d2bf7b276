<?php
namespace A; use B\C; use D\C;
