--TEST--
program: namespaced invoice with exceptions thrown through array_map closures, getTraceAsString with arguments, previous exceptions, an uncaught exception from a generator at the end
--FILE--
<?php
namespace App\Billing;

use InvalidArgumentException;

interface Rule { public function apply(array $line): array; }

final class Discount implements Rule
{
    public function __construct(private float $pct) {}
    public function apply(array $line): array
    {
        if ($line['qty'] < 0) {
            throw new InvalidArgumentException(sprintf('negative quantity for %s', $line['sku']));
        }
        $line['total'] = round($line['qty'] * $line['price'] * (1 - $this->pct), 2);
        return $line;
    }
}

final class Invoice
{
    private array $lines = [];
    private array $rules;
    public function __construct(Rule ...$rules)
    {
        $this->rules = $rules;
    }

    public function add(string $sku, int $qty, float $price, array $meta = []): static
    {
        $this->lines[] = compact('sku', 'qty', 'price') + ['meta' => $meta];
        return $this;
    }

    public function totals(): array
    {
        return array_map(function (array $line) {
            foreach ($this->rules as $rule) {
                $line = $rule->apply($line);
            }
            return $line;
        }, $this->lines);
    }

    public static function fromCsv(string $csv, Rule ...$rules): self
    {
        $inv = new self(...$rules);
        foreach (array_filter(explode("\n", $csv)) as $row) {
            [$sku, $qty, $price] = str_getcsv($row);
            $inv->add($sku, (int) $qty, (float) $price, ['raw' => $row, 'long' => str_repeat('x', 30)]);
        }
        return $inv;
    }
}

$inv = Invoice::fromCsv("A1,2,9.99\nB2,1,100\n", new Discount(0.1));
foreach ($inv->totals() as $l) {
    printf("%-4s %3d x %8.2f = %8.2f\n", $l['sku'], $l['qty'], $l['price'], $l['total']);
}
function report(Invoice $i, bool $verbose = false, ?string $title = null, float $rate = 1.5, $obj = null): void
{
    try {
        $i->totals();
    } catch (InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
        throw new \RuntimeException('report failed', 7, $e);
    }
}
$bad = Invoice::fromCsv("C3,-1,5.5\n", new Discount(0.5));
try {
    report($bad, true, "Quarterly \"Q1\" report with a long title", 2.5, new \stdClass);
} catch (\RuntimeException $e) {
    echo 'caught ', $e->getCode(), ' <- ', get_class($e->getPrevious()), "\n";
}
$gen = (function () use ($bad) {
    yield 1;
    report($bad, false, null, NAN, [1, 2]);
})();
foreach ($gen as $v) {
    echo "gen $v\n";
}
--EXPECTF--
A1     2 x     9.99 =    17.98
B2     1 x   100.00 =    90.00
InvalidArgumentException: negative quantity for C3
#0 %s/tests/php/programs/traces.php(40): App\Billing\Discount->apply(Array)
#1 [internal function]: App\Billing\Invoice->App\Billing\{closure}(Array)
#2 %s/tests/php/programs/traces.php(38): array_map(Object(Closure), Array)
#3 %s/tests/php/programs/traces.php(64): App\Billing\Invoice->totals()
#4 %s/tests/php/programs/traces.php(72): App\Billing\report(Object(App\Billing\Invoice), true, 'Quarterly "Q1" ...', 2.5, Object(stdClass))
#5 {main}
caught 7 <- InvalidArgumentException
gen 1
InvalidArgumentException: negative quantity for C3
#0 %s/tests/php/programs/traces.php(40): App\Billing\Discount->apply(Array)
#1 [internal function]: App\Billing\Invoice->App\Billing\{closure}(Array)
#2 %s/tests/php/programs/traces.php(38): array_map(Object(Closure), Array)
#3 %s/tests/php/programs/traces.php(64): App\Billing\Invoice->totals()
#4 %s/tests/php/programs/traces.php(78): App\Billing\report(Object(App\Billing\Invoice), false, NULL, NAN, Array)
#5 %s/tests/php/programs/traces.php(80): App\Billing\{closure}()
#6 {main}

Fatal error: Uncaught InvalidArgumentException: negative quantity for C3 in %s/tests/php/programs/traces.php:14
Stack trace:
#0 %s/tests/php/programs/traces.php(40): App\Billing\Discount->apply(Array)
#1 [internal function]: App\Billing\Invoice->App\Billing\{closure}(Array)
#2 %s/tests/php/programs/traces.php(38): array_map(Object(Closure), Array)
#3 %s/tests/php/programs/traces.php(64): App\Billing\Invoice->totals()
#4 %s/tests/php/programs/traces.php(78): App\Billing\report(Object(App\Billing\Invoice), false, NULL, NAN, Array)
#5 %s/tests/php/programs/traces.php(80): App\Billing\{closure}()
#6 {main}

Next RuntimeException: report failed in %s/tests/php/programs/traces.php:67
Stack trace:
#0 %s/tests/php/programs/traces.php(78): App\Billing\report(Object(App\Billing\Invoice), false, NULL, NAN, Array)
#1 %s/tests/php/programs/traces.php(80): App\Billing\{closure}()
#2 {main}
  thrown in %s/tests/php/programs/traces.php on line 67
