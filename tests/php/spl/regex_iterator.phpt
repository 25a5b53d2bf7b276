--TEST--
RegexIterator modes and flags
--FILE--
<?php
$a = new ArrayIterator(['apple', 'banana', 'cherry', 'k1' => 'x1y2', 'avocado']);
print_r(iterator_to_array(new RegexIterator($a, '/^a/')));
print_r(iterator_to_array(new RegexIterator($a, '/^a/', RegexIterator::MATCH, RegexIterator::INVERT_MATCH)));
print_r(iterator_to_array(new RegexIterator($a, '/(\w)(\d)/', RegexIterator::GET_MATCH)));
print_r(iterator_to_array(new RegexIterator($a, '/\d/', RegexIterator::ALL_MATCHES)));
print_r(iterator_to_array(new RegexIterator($a, '/a/', RegexIterator::SPLIT)));
$r = new RegexIterator($a, '/a/', RegexIterator::REPLACE); $r->replacement = '#';
print_r(iterator_to_array($r));
print_r(iterator_to_array(new RegexIterator($a, '/^k/', RegexIterator::MATCH, RegexIterator::USE_KEY)));
try { new RegexIterator($a, '/x/', 9); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump((new RegexIterator($a, '/x/'))->getRegex());

--EXPECT--
Array
(
    [0] => apple
    [3] => avocado
)
Array
(
    [1] => banana
    [2] => cherry
    [k1] => x1y2
)
Array
(
    [k1] => Array
        (
            [0] => x1
            [1] => x
            [2] => 1
        )

)
Array
(
    [k1] => Array
        (
            [0] => Array
                (
                    [0] => 1
                    [1] => 2
                )

        )

)
Array
(
    [0] => Array
        (
            [0] => 
            [1] => pple
        )

    [1] => Array
        (
            [0] => b
            [1] => n
            [2] => n
            [3] => 
        )

    [3] => Array
        (
            [0] => 
            [1] => voc
            [2] => do
        )

)
Array
(
    [0] => #pple
    [1] => b#n#n#
    [3] => #voc#do
)
Array
(
    [k1] => x1y2
)
RegexIterator::__construct(): Argument #3 ($mode) must be RegexIterator::MATCH, RegexIterator::GET_MATCH, RegexIterator::ALL_MATCHES, RegexIterator::SPLIT, or RegexIterator::REPLACE
string(3) "/x/"
