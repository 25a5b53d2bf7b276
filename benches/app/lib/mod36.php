<?php
// Module 36 of the benchmark app: a few functions of the kind a framework has.

function mod36_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod36_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod36_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod36_config(): array
{
    return [
        'name' => 'module 36',
        'enabled' => 36 % 3 !== 0,
        'weight' => 36 * 1.5,
        'tags' => ['core', 'mod36', 'v' . 36 % 7],
        'limits' => ['min' => 36, 'max' => 36 * 10],
    ];
}

function mod36_render(array $data): string
{
    $html = '<ul class="mod36">';
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

function mod36_checksum(string $s): int
{
    $h = 36;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
