--TEST--
enums: pure and backed, cases, from, tryFrom, methods, interfaces, constants, match
--FILE--
<?php
interface HasLabel { public function label(): string; }
enum Suit: string implements HasLabel {
    case Hearts = "H"; case Spades = "S";
    const Wild = self::Spades;
    public function label(): string { return ucfirst(strtolower($this->name)); }
    public function color(): string { return match($this) { self::Hearts => "Red", self::Spades => "Black" }; }
    public static function fromChar(string $c): self { return self::from($c); }
}
enum Status { case Active; case Inactive; }
echo Suit::Hearts->value, " ", Suit::Hearts->name, " ", Suit::Hearts->label(), " ", Suit::Spades->color(), "\n";
var_dump(Suit::from("S"), Suit::tryFrom("X"), Suit::Wild, Status::Active, Suit::cases(), Status::cases());
var_dump(Suit::Hearts instanceof HasLabel, Suit::Hearts instanceof UnitEnum, Suit::Hearts instanceof BackedEnum, Status::Active === Status::Active, Status::Active == Status::Inactive);
try { Suit::from("Z"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo json_encode([Suit::Hearts, "x" => Suit::Spades]), "\n";
var_export(Suit::Hearts); echo "\n";
print_r(Status::Active); echo "\n";
var_dump(enum_exists("Suit"), Suit::fromChar("H") === Suit::Hearts);
--EXPECT--
H Hearts Hearts Black
enum(Suit::Spades)
NULL
enum(Suit::Spades)
enum(Status::Active)
array(2) {
  [0]=>
  enum(Suit::Hearts)
  [1]=>
  enum(Suit::Spades)
}
array(2) {
  [0]=>
  enum(Status::Active)
  [1]=>
  enum(Status::Inactive)
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
"Z" is not a valid backing value for enum Suit
{"0":"H","x":"S"}
\Suit::Hearts
Status Enum
(
    [name] => Active
)

bool(true)
bool(true)
