--TEST--
program: event dispatcher (SplPriorityQueue with tie-breaking priorities, first-class callables, invokable objects, static callables, stopped propagation, TypeError from a listener)
--FILE--
<?php
declare(strict_types=1);

interface StoppableEvent
{
    public function isPropagationStopped(): bool;
}

abstract class Event implements StoppableEvent
{
    private bool $stopped = false;
    public array $log = [];

    public function stopPropagation(): void
    {
        $this->stopped = true;
    }

    public function isPropagationStopped(): bool
    {
        return $this->stopped;
    }

    public function name(): string
    {
        return static::class;
    }
}

final class UserRegistered extends Event
{
    public function __construct(public readonly string $email, public readonly int $id) {}
}

final class OrderPlaced extends Event
{
    public function __construct(public readonly int $orderId, public float $total) {}
}

final class Dispatcher
{
    /** @var array<string, SplPriorityQueue> */
    private array $listeners = [];
    private int $serial = PHP_INT_MAX;
    private array $counts = [];

    public function listen(string $event, callable $listener, int $priority = 0): static
    {
        $this->listeners[$event] ??= new SplPriorityQueue();
        // same priority keeps registration order: a decreasing serial breaks ties
        $this->listeners[$event]->insert($listener, [$priority, $this->serial--]);
        return $this;
    }

    public function dispatch(Event $event): Event
    {
        $name = $event::class;
        if (!isset($this->listeners[$name])) {
            echo "  (no listeners for ", str_contains($name, "@anonymous") ? "an anonymous " . get_parent_class($event) : $name, ")\n";
            return $event;
        }
        $queue = clone $this->listeners[$name];
        $queue->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
        while (!$queue->isEmpty()) {
            ['data' => $listener, 'priority' => [$prio]] = $queue->extract();
            $this->counts[$name] = ($this->counts[$name] ?? 0) + 1;
            $listener($event);
            $event->log[] = sprintf('%s@%d', $this->describe($listener), $prio);
            if ($event->isPropagationStopped()) {
                echo "  propagation stopped\n";
                break;
            }
        }
        return $event;
    }

    public function counts(): array
    {
        ksort($this->counts);
        return $this->counts;
    }

    private function describe(callable $c): string
    {
        return match (true) {
            $c instanceof Closure => (new ReflectionFunction($c))->getName() === '{closure}' ? 'closure' : (new ReflectionFunction($c))->getName(),
            is_array($c) => (is_object($c[0]) ? get_class($c[0]) : $c[0]) . '::' . $c[1],
            is_string($c) => $c,
            default => get_debug_type($c),
        };
    }
}

class Mailer
{
    public array $sent = [];

    public function welcome(UserRegistered $e): void
    {
        $this->sent[] = "welcome <{$e->email}>";
        echo "  mailer: welcome {$e->email}\n";
    }

    public static function audit(Event $e): void
    {
        echo "  audit: ", $e->name(), "\n";
    }

    public function __invoke(OrderPlaced $e): void
    {
        printf("  mailer: receipt for order #%05d (%.2f)\n", $e->orderId, $e->total);
    }
}

function fraud_check(OrderPlaced $e): void
{
    if ($e->total > 1000) {
        echo "  fraud: order {$e->orderId} held\n";
        $e->stopPropagation();
    }
}

$mailer = new Mailer();
$d = new Dispatcher();
$d->listen(UserRegistered::class, $mailer->welcome(...), 10)
  ->listen(UserRegistered::class, [Mailer::class, 'audit'])
  ->listen(UserRegistered::class, function (UserRegistered $e) {
      echo "  stats: user #{$e->id}\n";
  }, 10)
  ->listen(OrderPlaced::class, 'fraud_check', 100)
  ->listen(OrderPlaced::class, $mailer, 5)
  ->listen(OrderPlaced::class, Mailer::audit(...), -5)
  ->listen(OrderPlaced::class, static fn(OrderPlaced $e) => $e->total = round($e->total * 1.2, 2), 50);

echo "register:\n";
$e = $d->dispatch(new UserRegistered('ann@example.com', 7));
echo "  log: ", implode(', ', $e->log), "\n";

foreach ([[1, 99.99], [2, 1500.0], [3, 833.34]] as [$id, $total]) {
    echo "order $id:\n";
    $o = $d->dispatch(new OrderPlaced($id, $total));
    echo "  total now ", $o->total, "; log: ", implode(', ', $o->log), "\n";
}

echo "unknown:\n";
$d->dispatch(new class extends Event {});

print_r($d->counts());
print_r($mailer->sent);

// a listener with the wrong type fails at dispatch time
$d->listen(OrderPlaced::class, fn(UserRegistered $u) => null, 1000);
try {
    $d->dispatch(new OrderPlaced(9, 1.0));
} catch (TypeError $t) {
    echo get_class($t), ": ", preg_replace('/, called in .*/', '', $t->getMessage()), "\n";
}

$q = new SplPriorityQueue();
foreach (['low' => 1, 'high' => 9, 'mid' => 5, 'mid2' => 5] as $k => $p) {
    $q->insert($k, $p);
}
echo "count=", count($q), " top=", $q->top(), "\n";
$q->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY);
echo "top priority=", $q->top(), "\n";
$q->setExtractFlags(SplPriorityQueue::EXTR_DATA);
foreach ($q as $item) {
    echo $item, " ";
}
echo "\nafter iteration count=", count($q), "\n";
--EXPECT--
register:
  mailer: welcome ann@example.com
  stats: user #7
  audit: UserRegistered
  log: welcome@10, closure@10, Mailer::audit@0
order 1:
  mailer: receipt for order #00001 (119.99)
  audit: OrderPlaced
  total now 119.99; log: fraud_check@100, closure@50, Mailer@5, audit@-5
order 2:
  fraud: order 2 held
  propagation stopped
  total now 1500; log: fraud_check@100
order 3:
  mailer: receipt for order #00003 (1000.01)
  audit: OrderPlaced
  total now 1000.01; log: fraud_check@100, closure@50, Mailer@5, audit@-5
unknown:
  (no listeners for an anonymous Event)
Array
(
    [OrderPlaced] => 9
    [UserRegistered] => 3
)
Array
(
    [0] => welcome <ann@example.com>
)
TypeError: {closure}(): Argument #1 ($u) must be of type UserRegistered, OrderPlaced given
count=4 top=high
top priority=9
high mid2 mid low 
after iteration count=0
