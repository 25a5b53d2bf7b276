<?php
// Module 19 of the benchmark app: a few functions of the kind a framework has.

function mod19_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod19_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod19_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod19_config(): array
{
    return [
        'name' => 'module 19',
        'enabled' => 19 % 3 !== 0,
        'weight' => 19 * 1.5,
        'tags' => ['core', 'mod19', 'v' . 19 % 7],
        'limits' => ['min' => 19, 'max' => 19 * 10],
    ];
}

function mod19_render(array $data): string
{
    $html = '<ul class="mod19">';
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

function mod19_checksum(string $s): int
{
    $h = 19;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
