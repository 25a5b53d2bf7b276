<?php
echo __LINE__, __FILE__, __DIR__, __NAMESPACE__, __FUNCTION__, __CLASS__, __METHOD__;
function f() { return __FUNCTION__; }
