<?php
// A first script: `cargo run --release -- examples/hello.php Ada Grace`
$names = array_slice($argv, 1) ?: ['world'];
foreach ($names as $i => $name) {
    printf("%d. Hello, %s!\n", $i + 1, ucfirst($name));
}
echo "PHP ", PHP_VERSION, " semantics, ", count($names), " greeting", count($names) === 1 ? '' : 's', ".\n";
