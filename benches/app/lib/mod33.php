<?php
// Module 33 of the benchmark app: a few functions of the kind a framework has.

function mod33_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod33_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod33_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod33_config(): array
{
    return [
        'name' => 'module 33',
        'enabled' => 33 % 3 !== 0,
        'weight' => 33 * 1.5,
        'tags' => ['core', 'mod33', 'v' . 33 % 7],
        'limits' => ['min' => 33, 'max' => 33 * 10],
    ];
}

function mod33_render(array $data): string
{
    $html = '<ul class="mod33">';
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

function mod33_checksum(string $s): int
{
    $h = 33;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
