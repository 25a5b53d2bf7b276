--TEST--
program: command interpreter over a script (preg_split on \R, str_getcsv with quoted names, sscanf, match dispatching closures, SplStack undo, fnmatch, vsprintf reports, multi-catch)
--FILE--
<?php
declare(strict_types=1);

// A command interpreter reading a script of commands (as if from STDIN) with sscanf/str_getcsv parsing.
$script = <<<'CMDS'
add widget 10 2.50
add gadget 3 19.99
add "deluxe widget" 1 199.00
remove widget 4
price gadget 17.5
add gizmo -2 1.00
remove nothing 1
list
report
undo
undo
list
find wid*
bogus command
save
CMDS;

final class Inventory
{
    /** @var array<string, array{qty:int, price:float}> */
    private array $items = [];
    private SplStack $undo;

    public function __construct()
    {
        $this->undo = new SplStack();
    }

    private function snapshot(): void
    {
        $this->undo->push($this->items);
    }

    public function add(string $name, int $qty, float $price): string
    {
        if ($qty <= 0) {
            throw new InvalidArgumentException("quantity must be positive ($qty)");
        }
        $this->snapshot();
        $this->items[$name] ??= ['qty' => 0, 'price' => $price];
        $this->items[$name]['qty'] += $qty;
        $this->items[$name]['price'] = $price;
        return "added $qty x $name";
    }

    public function remove(string $name, int $qty): string
    {
        if (!isset($this->items[$name])) {
            throw new OutOfBoundsException("no such item: $name");
        }
        $this->snapshot();
        $left = $this->items[$name]['qty'] -= $qty;
        if ($left <= 0) {
            unset($this->items[$name]);
            return "removed all $name";
        }
        return "removed $qty x $name, $left left";
    }

    public function price(string $name, float $price): string
    {
        $this->snapshot();
        $old = $this->items[$name]['price'] ?? throw new OutOfBoundsException("no such item: $name");
        $this->items[$name]['price'] = $price;
        return sprintf('%s: %.2f -> %.2f (%+.1f%%)', $name, $old, $price, ($price - $old) / $old * 100);
    }

    public function undo(): string
    {
        if ($this->undo->isEmpty()) {
            return 'nothing to undo';
        }
        $this->items = $this->undo->pop();
        return 'undone (' . count($this->undo) . ' more)';
    }

    public function list(?string $pattern = null): string
    {
        $rows = [];
        foreach ($this->items as $name => ['qty' => $q, 'price' => $p]) {
            if ($pattern !== null && !fnmatch($pattern, $name)) {
                continue;
            }
            $rows[] = sprintf('  %-15s %4d @ %8s', $name, $q, number_format($p, 2));
        }
        return $rows ? implode("\n", $rows) : '  (empty)';
    }

    public function report(): string
    {
        $total = 0.0;
        $lines = [];
        uasort($this->items, fn($a, $b) => $b['qty'] * $b['price'] <=> $a['qty'] * $a['price']);
        foreach ($this->items as $name => $i) {
            $value = $i['qty'] * $i['price'];
            $total += $value;
            $lines[] = vsprintf('  %-15s %10.2f', [$name, $value]);
        }
        $lines[] = str_repeat('-', 28);
        $lines[] = sprintf('  %-15s %10.2f', 'TOTAL', $total);
        return implode("\n", $lines);
    }
}

$inv = new Inventory();
$line = 0;
foreach (preg_split('/\R/', $script) as $cmd) {
    $line++;
    $args = str_getcsv($cmd, ' ');
    $verb = array_shift($args);
    try {
        $out = match ($verb) {
            'add' => (function (array $a) use ($inv) {
                [$name, $qty, $price] = $a + [null, null, null];
                if (sscanf("$qty $price", '%d %f', $q, $p) !== 2) {
                    throw new InvalidArgumentException('usage: add NAME QTY PRICE');
                }
                return $inv->add($name, $q, $p);
            })($args),
            'remove' => $inv->remove($args[0], (int) $args[1]),
            'price' => $inv->price($args[0], (float) $args[1]),
            'undo' => $inv->undo(),
            'list' => "inventory:\n" . $inv->list(),
            'find' => "matching {$args[0]}:\n" . $inv->list($args[0]),
            'report' => "report:\n" . $inv->report(),
            default => throw new DomainException("unknown command '$verb'"),
        };
        printf("%02d> %s\n%s\n", $line, $cmd, $out);
    } catch (InvalidArgumentException | OutOfBoundsException $e) {
        printf("%02d> %s\n  ! %s: %s\n", $line, $cmd, (new ReflectionClass($e))->getShortName(), $e->getMessage());
    } catch (DomainException $e) {
        printf("%02d> %s\n  ? %s\n", $line, $cmd, $e->getMessage());
    }
}
[$n, $unit] = sscanf('42 kg', '%d %s');
echo "parsed: $n $unit\n";
var_dump(sscanf('age: 25 name: Bob', 'age: %d name: %s'), sscanf('#ff8800', '#%2x%2x%2x'), sscanf('12 apples', '%d %d'));
--EXPECT--
01> add widget 10 2.50
added 10 x widget
02> add gadget 3 19.99
added 3 x gadget
03> add "deluxe widget" 1 199.00
added 1 x deluxe widget
04> remove widget 4
removed 4 x widget, 6 left
05> price gadget 17.5
gadget: 19.99 -> 17.50 (-12.5%)
06> add gizmo -2 1.00
  ! InvalidArgumentException: quantity must be positive (-2)
07> remove nothing 1
  ! OutOfBoundsException: no such item: nothing
08> list
inventory:
  widget             6 @     2.50
  gadget             3 @    17.50
  deluxe widget      1 @   199.00
09> report
report:
  deluxe widget       199.00
  gadget               52.50
  widget               15.00
----------------------------
  TOTAL               266.50
10> undo
undone (4 more)
11> undo
undone (3 more)
12> list
inventory:
  widget            10 @     2.50
  gadget             3 @    19.99
  deluxe widget      1 @   199.00
13> find wid*
matching wid*:
  widget            10 @     2.50
14> bogus command
  ? unknown command 'bogus'
15> save
  ? unknown command 'save'
parsed: 42 kg
array(2) {
  [0]=>
  int(25)
  [1]=>
  string(3) "Bob"
}
array(3) {
  [0]=>
  int(255)
  [1]=>
  int(136)
  [2]=>
  int(0)
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  NULL
}
