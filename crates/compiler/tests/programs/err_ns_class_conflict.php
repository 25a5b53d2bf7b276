<?php
namespace A; use B\C; class C {}
