<?php
// Prints PhpToken::tokenize() of each file in the dump_tokens format (see
// compare_with_php.sh). Usage: php php_tokens.php [parse] FILES...
$args = array_slice($argv, 1);
$parse = in_array('parse', $args);
function esc($s) {
    $o = '';
    for ($i = 0; $i < strlen($s); $i++) {
        $c = $s[$i]; $b = ord($c);
        if ($c === "\n") $o .= '\n';
        elseif ($c === "\r") $o .= '\r';
        elseif ($c === "\t") $o .= '\t';
        elseif ($c === "\\") $o .= '\\\\';
        elseif ($c === '"') $o .= '\"';
        elseif ($b < 0x20 || $b >= 0x7f) $o .= sprintf('\x%02x', $b);
        else $o .= $c;
    }
    return $o;
}
foreach ($args as $f) {
    if ($f === 'parse' || $f === 'short') continue;
    echo "=== $f\n";
    $src = file_get_contents($f);
    try {
        foreach (PhpToken::tokenize($src, $parse ? TOKEN_PARSE : 0) as $t) {
            if ($parse) echo $t->line, ': ', $t->getTokenName(), "\n";
            else echo $t->line, ': ', $t->getTokenName(), ' "', esc($t->text), "\"\n";
        }
    } catch (Throwable $e) { echo "ParseError: ", $e->getMessage(), ' line ', $e->getLine(), "\n"; }
}
