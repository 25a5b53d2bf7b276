--TEST--
RecursiveTreeIterator: prefixes from each level's next sibling, keys, bypass flags, custom parts and postfix
--FILE--
<?php
$data = ['a' => [1, 2, ['x' => 'deep']], 'b' => 'leaf', 'c' => []];
$it = new RecursiveTreeIterator(new RecursiveArrayIterator($data));
foreach ($it as $k => $v) echo "[$k] $v\n";
$it = new RecursiveTreeIterator(new RecursiveArrayIterator($data), 0);
foreach ($it as $k => $v) echo "$k => $v\n";
$it->setPrefixPart(RecursiveTreeIterator::PREFIX_LEFT, '>');
$it->setPrefixPart(RecursiveTreeIterator::PREFIX_END_LAST, '`-');
$it->setPostfix('<');
foreach ($it as $v) echo $v, ' | ', $it->getPrefix(), ' | ', $it->getEntry(), ' | ', $it->getPostfix(), "\n";
$it = new RecursiveTreeIterator(new RecursiveArrayIterator([[1]]), RecursiveTreeIterator::BYPASS_CURRENT);
foreach ($it as $k => $v) var_dump($k, $v);
try { $it->setPrefixPart(9, 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { new RecursiveTreeIterator(new ArrayIterator([])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
[a] |-Array
[0] | |-1
[1] | |-2
[2] | \-Array
[x] |   \-deep
[b] |-leaf
[c] \-Array
|-a => |-Array
| |-0 => | |-1
| |-1 => | |-2
| \-2 => | \-Array
|   \-x => |   \-deep
|-b => |-leaf
\-c => \-Array
>|-Array< | >|- | Array | <
>| |-1< | >| |- | 1 | <
>| |-2< | >| |- | 2 | <
>| `-Array< | >| `- | Array | <
>|   `-deep< | >|   `- | deep | <
>|-leaf< | >|- | leaf | <
>`-Array< | >`- | Array | <
string(3) "\-0"
array(1) {
  [0]=>
  int(1)
}
string(5) "  \-0"
int(1)
RecursiveTreeIterator::setPrefixPart(): Argument #1 ($part) must be a RecursiveTreeIterator::PREFIX_* constant
RecursiveCachingIterator::__construct(): Argument #1 ($iterator) must be of type RecursiveIterator, ArrayIterator given
