<?php
enum Suit: string implements JsonSerializable {
    case Hearts = 'H';
    case Spades = 'S';
    const Wild = self::Spades;
    public function color(): string { return match($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
    public static function fromChar(string $c): self { return self::from($c); }
    public function jsonSerialize(): mixed { return $this->name; }
}
enum Pure { case A; case B; }
$x = Suit::Hearts->color();
$y = Pure::A;
$z = Suit::tryFrom('X');
$w = $y instanceof Pure;
