--TEST--
program: observer pattern (SplSubject/SplObserver, SplObjectStorage with data, set operations addAll/removeAll/removeAllExcept, serialization, sparkline with iconv_substr)
--FILE--
<?php
declare(strict_types=1);

final class Stock implements SplSubject, IteratorAggregate, JsonSerializable
{
    private SplObjectStorage $observers;
    private array $history = [];

    public function __construct(public readonly string $symbol, private float $price)
    {
        $this->observers = new SplObjectStorage();
    }

    public function attach(SplObserver $observer, string $tag = 'default'): void
    {
        $this->observers->attach($observer, $tag);
    }

    public function detach(SplObserver $observer): void
    {
        $this->observers->detach($observer);
    }

    public function notify(): void
    {
        foreach ($this->observers as $i => $obs) {
            $tag = $this->observers->getInfo();
            $obs->update($this);
            $this->history[] = sprintf('#%d %s(%s)', $i, $obs::class, $tag);
        }
    }

    public function setPrice(float $p): void
    {
        $old = $this->price;
        $this->price = $p;
        if (abs($p - $old) / $old >= 0.05) {
            $this->notify();
        }
    }

    public function price(): float
    {
        return $this->price;
    }

    public function getIterator(): ArrayIterator
    {
        return new ArrayIterator($this->history);
    }

    public function jsonSerialize(): array
    {
        return ['symbol' => $this->symbol, 'price' => $this->price, 'observers' => count($this->observers)];
    }
}

final class Alert implements SplObserver
{
    public array $log = [];
    public function __construct(private float $threshold) {}
    public function update(SplSubject $s): void
    {
        if ($s instanceof Stock && $s->price() > $this->threshold) {
            $this->log[] = sprintf('%s above %.2f: %.2f', $s->symbol, $this->threshold, $s->price());
        }
    }
}

final class Chart implements SplObserver
{
    private array $points = [];
    public function update(SplSubject $s): void
    {
        $this->points[] = $s->price();
    }
    public function render(): string
    {
        if (!$this->points) {
            return '(no data)';
        }
        $min = min($this->points);
        $max = max($this->points);
        $bars = ' ▁▂▃▄▅▆▇█';
        $out = '';
        foreach ($this->points as $p) {
            $idx = $max == $min ? 4 : (int) round(($p - $min) / ($max - $min) * 8);
            $out .= mb_substr_free($bars, $idx);
        }
        return $out . sprintf(' [%.1f..%.1f]', $min, $max);
    }
}

function mb_substr_free(string $s, int $i): string
{
    return iconv_substr($s, $i, 1, 'UTF-8');
}

$acme = new Stock('ACME', 100.0);
$alert = new Alert(110);
$chart = new Chart();
$acme->attach($alert, 'alerts');
$acme->attach($chart);
$acme->attach($alert, 'dup');
foreach ([101, 106, 112.5, 112.9, 99, 130, 95.5, 140] as $p) {
    $acme->setPrice((float) $p);
}
print_r($alert->log);
echo $chart->render(), "\n";
echo implode(', ', iterator_to_array($acme)), "\n";
echo json_encode($acme), "\n";
$acme->detach($alert);
$acme->setPrice(200.0);
echo json_encode($acme), ' ', count($alert->log), "\n";

$storage = new SplObjectStorage();
$a = new stdClass;
$b = new stdClass;
$c = new stdClass;
$storage->attach($a, 1);
$storage->attach($b, 2);
$other = new SplObjectStorage();
$other->attach($b);
$other->attach($c);
$union = clone $storage;
$union->addAll($other);
$diff = clone $storage;
$diff->removeAll($other);
$inter = clone $storage;
$inter->removeAllExcept($other);
echo count($union), count($diff), count($inter), ' ', var_export($union->contains($c), true), ' ', $storage[$b], "\n";
echo strlen($storage->getHash($a)), ' ', spl_object_hash($a) === $storage->getHash($a) ? 'hash ok' : 'hash differs', "\n";
$s2 = unserialize(serialize($storage));
echo get_class($s2), ' ', count($s2), "\n";
foreach ($s2 as $idx => $obj) {
    echo $idx, ':', $s2[$obj], ' ';
}
echo "\n";
--EXPECT--
Array
(
    [0] => ACME above 110.00: 112.50
    [1] => ACME above 110.00: 130.00
    [2] => ACME above 110.00: 140.00
)
▃▁▆ █ [95.5..140.0]
#0 Alert(dup), #1 Chart(default), #0 Alert(dup), #1 Chart(default), #0 Alert(dup), #1 Chart(default), #0 Alert(dup), #1 Chart(default), #0 Alert(dup), #1 Chart(default)
{"symbol":"ACME","price":140,"observers":2}
{"symbol":"ACME","price":200,"observers":1} 3
311 true 2
32 hash ok
SplObjectStorage 2
0:1 1:2
