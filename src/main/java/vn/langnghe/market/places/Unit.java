package vn.langnghe.market.places;

/** What views show of an administrative unit, whether read as an entity or from the directory. */
interface Unit {
  String code();

  String name();

  String type();

  AdministrativeUnit.Level level();

  Unit parent();
}
