<?php
// Recursion: PHP function calls dominate.
function fib(int $n): int
{
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
echo fib(34), "\n";
