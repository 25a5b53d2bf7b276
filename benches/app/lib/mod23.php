<?php
// Module 23 of the benchmark app: a few functions of the kind a framework has.

function mod23_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod23_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod23_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod23_config(): array
{
    return [
        'name' => 'module 23',
        'enabled' => 23 % 3 !== 0,
        'weight' => 23 * 1.5,
        'tags' => ['core', 'mod23', 'v' . 23 % 7],
        'limits' => ['min' => 23, 'max' => 23 * 10],
    ];
}

function mod23_render(array $data): string
{
    $html = '<ul class="mod23">';
    foreach ($data as $key => $value) {
        if (is_array($value)) {
            $value = json_encode($value);
        } elseif (is_bool($value)) {
            $value = $value ? 'yes' : 'no';
        }
        $html .= sprintf('<li data-key="%s">%s</li>', htmlspecialchars((string) $key), htmlspecialchars((string) $value));
    }
    return $html . '</ul>';
}

function mod23_checksum(string $s): int
{
    $h = 23;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
