--TEST--
program: order state machine (backed and pure enums with methods, constants and match, readonly class transitions, closures as hooks capturing by reference, IllegalTransition exceptions, ReflectionEnum)
--FILE--
<?php
declare(strict_types=1);

enum OrderState: string
{
    case Draft = 'draft';
    case Placed = 'placed';
    case Paid = 'paid';
    case Shipped = 'shipped';
    case Delivered = 'delivered';
    case Cancelled = 'cancelled';
    case Refunded = 'refunded';

    const TERMINAL = [self::Delivered, self::Cancelled, self::Refunded];

    /** @return list<self> */
    public function next(): array
    {
        return match ($this) {
            self::Draft => [self::Placed, self::Cancelled],
            self::Placed => [self::Paid, self::Cancelled],
            self::Paid => [self::Shipped, self::Refunded],
            self::Shipped => [self::Delivered],
            self::Delivered, self::Cancelled, self::Refunded => [],
        };
    }

    public function canMoveTo(self $to): bool
    {
        return in_array($to, $this->next(), true);
    }

    public function isTerminal(): bool
    {
        return in_array($this, self::TERMINAL, true);
    }

    public static function fromLabel(string $label): self
    {
        return constant(self::class . '::' . ucfirst(strtolower($label)));
    }

    public function color(): string
    {
        return match (true) {
            $this === self::Cancelled, $this === self::Refunded => 'red',
            $this->isTerminal() => 'green',
            default => 'yellow',
        };
    }
}

enum Event
{
    case Place;
    case Pay;
    case Ship;
    case Deliver;
    case Cancel;
    case Refund;

    public function target(): OrderState
    {
        return match ($this) {
            Event::Place => OrderState::Placed,
            Event::Pay => OrderState::Paid,
            Event::Ship => OrderState::Shipped,
            Event::Deliver => OrderState::Delivered,
            Event::Cancel => OrderState::Cancelled,
            Event::Refund => OrderState::Refunded,
        };
    }
}

final class IllegalTransition extends LogicException
{
    public function __construct(public readonly OrderState $from, public readonly Event $event)
    {
        parent::__construct(sprintf('cannot %s an order that is %s', strtolower($event->name), $from->value));
    }
}

readonly class Transition
{
    public function __construct(
        public OrderState $from,
        public OrderState $to,
        public Event $event,
        public int $at,
    ) {}

    public function describe(): string
    {
        return "{$this->from->value} --{$this->event->name}--> {$this->to->value} @{$this->at}";
    }
}

final class Order
{
    private OrderState $state = OrderState::Draft;
    /** @var Transition[] */
    private array $history = [];
    private static int $clock = 100;
    /** @var array<string, list<Closure>> */
    private array $hooks = [];

    public function __construct(public readonly string $id) {}

    public function on(OrderState $state, Closure $hook): void
    {
        $this->hooks[$state->value][] = $hook;
    }

    public function apply(Event ...$events): static
    {
        foreach ($events as $event) {
            $to = $event->target();
            if (!$this->state->canMoveTo($to)) {
                throw new IllegalTransition($this->state, $event);
            }
            $this->history[] = new Transition($this->state, $to, $event, self::$clock += 7);
            $this->state = $to;
            foreach ($this->hooks[$to->value] ?? [] as $hook) {
                $hook($this, $to);
            }
        }
        return $this;
    }

    public function state(): OrderState
    {
        return $this->state;
    }

    public function history(): array
    {
        return $this->history;
    }
}

$log = [];
$order = new Order('A-1');
$order->on(OrderState::Paid, function (Order $o, OrderState $s) use (&$log) {
    $log[] = "{$o->id} is {$s->name}";
});
$order->on(OrderState::Delivered, fn(Order $o) => print("  hook: {$o->id} delivered\n"));
$order->apply(Event::Place, Event::Pay)->apply(Event::Ship);
$order->apply(Event::Deliver);
foreach ($order->history() as $t) {
    echo $t->describe(), "\n";
}
echo 'log: ', implode('; ', $log), "\n";
echo $order->state()->name, ' terminal=', var_export($order->state()->isTerminal(), true), ' color=', $order->state()->color(), "\n";

$b = new Order('B-2');
try {
    $b->apply(Event::Place, Event::Ship);
} catch (IllegalTransition $e) {
    echo get_class($e), ': ', $e->getMessage(), ' (state ', $e->from->name, ")\n";
}
echo 'B is ', $b->state()->value, ' after ', count($b->history()), " transition(s)\n";

$t = $order->history()[0];
try {
    $t->at = 5;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    $c = clone $t;
    echo 'clone ok: ', $c->describe(), "\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

echo "== transition table ==\n";
foreach (OrderState::cases() as $s) {
    printf("%-10s -> %-20s %s\n", $s->value, implode(',', array_map(fn(OrderState $n) => $n->value, $s->next())) ?: '(none)', $s->color());
}
echo OrderState::fromLabel('SHIPPED')->name, ' ', OrderState::tryFrom('lost')?->name ?? 'unknown', "\n";
var_dump(OrderState::Paid === OrderState::from('paid'), OrderState::Paid == OrderState::Placed, OrderState::Paid instanceof UnitEnum);
var_dump(Event::Pay);
var_dump(OrderState::TERMINAL[0]);
echo json_encode(['state' => OrderState::Paid, 'terminal' => OrderState::TERMINAL]), "\n";
$counts = array_count_values(array_map(fn(Transition $t) => $t->to->color(), $order->history()));
ksort($counts);
print_r($counts);
$byState = [];
foreach ([OrderState::Paid, OrderState::Draft, OrderState::Paid] as $s) {
    $byState[$s->value] = ($byState[$s->value] ?? 0) + 1;
}
print_r($byState);
try {
    $weird = [OrderState::Paid => 1];
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$fn = OrderState::from(...);
echo $fn('draft')->name, ' ', count(array_filter(OrderState::cases(), fn($s) => $s->isTerminal())), "\n";
echo match (Event::Cancel) {
    Event::Place, Event::Pay => 'early',
    Event::Cancel => 'abort',
    default => 'late',
}, "\n";
try {
    echo match (OrderState::Refunded) {
        OrderState::Draft => 'd',
    };
} catch (\UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
var_dump((new ReflectionEnum(OrderState::class))->getBackingType()?->getName(), (new ReflectionEnum(Event::class))->isBacked(), count((new ReflectionEnum(Event::class))->getCases()));
--EXPECT--
hook: A-1 delivered
draft --Place--> placed @107
placed --Pay--> paid @114
paid --Ship--> shipped @121
shipped --Deliver--> delivered @128
log: A-1 is Paid
Delivered terminal=true color=green
IllegalTransition: cannot ship an order that is placed (state Placed)
B is placed after 1 transition(s)
Cannot modify readonly property Transition::$at
clone ok: draft --Place--> placed @107
== transition table ==
draft      -> placed,cancelled     yellow
placed     -> paid,cancelled       yellow
paid       -> shipped,refunded     yellow
shipped    -> delivered            yellow
delivered  -> (none)               green
cancelled  -> (none)               red
refunded   -> (none)               red
Shipped unknown
bool(true)
bool(false)
bool(true)
enum(Event::Pay)
enum(OrderState::Delivered)
{"state":"paid","terminal":["delivered","cancelled","refunded"]}
Array
(
    [green] => 1
    [yellow] => 3
)
Array
(
    [paid] => 2
    [draft] => 1
)
TypeError: Illegal offset type
Draft 3
abort
Unhandled match case of type OrderState
string(6) "string"
bool(false)
int(6)
