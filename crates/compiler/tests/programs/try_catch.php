<?php
try { f(); } catch (Exception $e) { echo 1; } catch (TypeError | ValueError $e) { echo 2; } finally { echo 3; }
try { f(); } catch (Exception) { }
try { g(); } finally { echo "x"; }
