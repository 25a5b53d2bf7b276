<?php
// Property access: typed and untyped properties, read and written through
// $this and from outside, including $this->x++ and compound assignment.
class Point
{
    public int $x = 0;
    public int $y = 0;
    public $tag = 0;

    public function step(int $d): void
    {
        $this->x++;
        $this->y += $d;
        $this->tag = $this->x - $this->y;
    }
}

$p = new Point();
$sum = 0;
for ($i = 0; $i < 1000000; $i++) {
    $p->step($i & 3);
    $p->x = $p->x & 1023;
    $p->tag++;
    $sum += $p->x + $p->y + $p->tag;
    $p->y -= 1;
}
echo $sum, "\n";
