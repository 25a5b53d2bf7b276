<?php
// Method calls: instance, static and inherited methods in a loop.
class Counter
{
    protected int $n = 0;

    public function add(int $k): int
    {
        $this->n += $k;
        return $this->n;
    }

    public static function twice(int $k): int
    {
        return $k * 2;
    }

    public function base(int $k): int
    {
        return $k + 1;
    }
}

class Child extends Counter
{
    public function mix(int $k): int
    {
        return $this->base($k) + self::twice($k);
    }
}

$c = new Child();
$sum = 0;
for ($i = 0; $i < 700000; $i++) {
    $sum += $c->add($i & 7);
    $sum += Counter::twice($i & 3);
    $sum += $c->base($i & 1);
    $sum += $c->mix($i & 15);
}
echo $sum, "\n";
