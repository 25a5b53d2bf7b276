--TEST--
Attributes: names resolved by namespace and use, arguments (named, constant expressions), targets
--FILE--
<?php
namespace App\Attr {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD | \Attribute::IS_REPEATABLE)]
    class Route {
        public function __construct(public string $path, public array $methods = ['GET'], public ?string $name = null) {}
    }
    #[\Attribute(\Attribute::TARGET_PROPERTY)]
    class Column { public function __construct(public string $type = 'string') {} }
    #[\Attribute]
    class Marker {}
}
namespace App {
    use App\Attr\Route;
    use App\Attr\{Column, Marker};

    #[Route('/users', name: 'users'), Marker]
    #[Route(path: '/people', methods: ['GET', 'POST'])]
    class UserController {
        const PREFIX = '/api';
        #[Column('int')] public int $id = 0;
        #[Column] public string $email = '';

        #[Route(self::PREFIX . '/show', methods: ['GET'])]
        public function show(#[Marker] int $id) {}
    }

    $rc = new \ReflectionClass(UserController::class);
    foreach ($rc->getAttributes() as $a) {
        echo $a->getName(), ' ', $a->getTarget(), ' ', var_export($a->isRepeated(), true), "\n";
        var_dump($a->getArguments());
        var_dump($a->newInstance());
    }
    echo count($rc->getAttributes(Route::class)), "\n";
    echo count($rc->getAttributes('app\attr\route')), "\n";
    echo count($rc->getAttributes(Marker::class, \ReflectionAttribute::IS_INSTANCEOF)), "\n";
    $m = $rc->getMethod('show');
    $r = $m->getAttributes()[0]->newInstance();
    var_dump($r->path, $m->getAttributes()[0]->getTarget() === \Attribute::TARGET_METHOD);
    foreach ($rc->getProperties() as $p) {
        foreach ($p->getAttributes() as $a) {
            echo $p->getName(), ': ', $a->getName(), ' ', $a->newInstance()->type, "\n";
        }
    }
    $param = $m->getParameters()[0];
    echo $param->getAttributes()[0]->getName(), ' ', $param->getAttributes()[0]->getTarget(), "\n";
}
--EXPECT--
App\Attr\Route 1 true
array(2) {
  [0]=>
  string(6) "/users"
  ["name"]=>
  string(5) "users"
}
object(App\Attr\Route)#5 (3) {
  ["path"]=>
  string(6) "/users"
  ["methods"]=>
  array(1) {
    [0]=>
    string(3) "GET"
  }
  ["name"]=>
  string(5) "users"
}
App\Attr\Marker 1 false
array(0) {
}
object(App\Attr\Marker)#5 (0) {
}
App\Attr\Route 1 true
array(2) {
  ["path"]=>
  string(7) "/people"
  ["methods"]=>
  array(2) {
    [0]=>
    string(3) "GET"
    [1]=>
    string(4) "POST"
  }
}
object(App\Attr\Route)#5 (3) {
  ["path"]=>
  string(7) "/people"
  ["methods"]=>
  array(2) {
    [0]=>
    string(3) "GET"
    [1]=>
    string(4) "POST"
  }
  ["name"]=>
  NULL
}
2
2
1
string(9) "/api/show"
bool(true)
id: App\Attr\Column int
email: App\Attr\Column string
App\Attr\Marker 32
