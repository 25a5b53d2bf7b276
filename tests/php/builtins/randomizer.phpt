--TEST--
Random\Randomizer (PHP 8.2) over a seeded Mt19937 gives PHP's sequences (getInt incl. MT_RAND_PHP, nextInt, getBytes, shuffleArray, shuffleBytes, pickArrayKeys), Secure as the default engine, errors and the exception classes
--FILE--
<?php
$r = new Random\Randomizer(new Random\Engine\Mt19937(42));
echo $r->getInt(1, 100), ' ', $r->getInt(1, 6), ' ', $r->nextInt(), ' ', $r->getInt(PHP_INT_MIN, PHP_INT_MAX), ' ', $r->getInt(0, 5000000000), "\n";
echo json_encode($r->shuffleArray(['a', 'b', 'c', 'd', 'e'])), ' ', $r->shuffleBytes('abcdef'), ' ', bin2hex($r->getBytes(7)), "\n";
echo json_encode($r->pickArrayKeys(['x' => 1, 'y' => 2, 'z' => 3, 'w' => 4], 2)), json_encode($r->pickArrayKeys([10, 20, 30], 1)), json_encode($r->pickArrayKeys(range(0, 9), 8)), "\n";
mt_srand(42);
echo mt_rand(1, 100), ' ', mt_rand(1, 6), "\n";
$e = new Random\Engine\Mt19937(7);
echo bin2hex($e->generate()), ' ', bin2hex($e->generate()), "\n";
$legacy = new Random\Randomizer(new Random\Engine\Mt19937(3, MT_RAND_PHP));
echo $legacy->getInt(1, 10), "\n";
var_dump($r->engine instanceof Random\Engine, (new Random\Randomizer())->engine instanceof Random\CryptoSafeEngine, strlen((new Random\Randomizer())->getBytes(16)));
try { $r->getInt(5, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { $r->pickArrayKeys([], 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { $r->pickArrayKeys([1], 2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { $r->engine = null; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(new Random\RandomException('x') instanceof Exception, is_subclass_of(Random\BrokenRandomEngineError::class, Random\RandomError::class));
--EXPECT--
43 6 2041643438 4279532807823660302 4906338879
["b","a","d","c","e"] bdfcae 63ace29967eb92
["z","w"][1][0,1,2,4,5,7,8,9]
43 6
aff08813 c4e4323a
5
bool(true)
bool(true)
int(16)
Random\Randomizer::getInt(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)
Random\Randomizer::pickArrayKeys(): Argument #1 ($array) cannot be empty
Random\Randomizer::pickArrayKeys(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
Cannot modify readonly property Random\Randomizer::$engine
bool(true)
bool(true)
