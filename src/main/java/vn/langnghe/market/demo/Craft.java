package vn.langnghe.market.demo;

/** The nine crafts of the demo, each tied to the craft village the migrations load. */
enum Craft {
  SILVER("dong-xam-cham-bac", "Đồng Xâm"),
  DUI("nam-cao-det-dui", "Nam Cao"),
  SEDGE_MAT("hoi-chieu-coi", "Hới"),
  BANH_CAY("lang-nguyen-banh-cay", "làng Nguyễn"),
  EMBROIDERY("minh-lang-theu", "Minh Lãng"),
  WEAVING("phuong-la-det", "Phương La"),
  FORGE("an-tiem-ren", "An Tiêm"),
  BRONZE("an-long-duc-dong", "An Lộng"),
  COM("thanh-huong-com", "Thanh Hương");

  final String villageSlug;

  /** How people name the village in passing ("bạc Đồng Xâm", "chiếu Hới"). */
  final String villageName;

  Craft(String villageSlug, String villageName) {
    this.villageSlug = villageSlug;
    this.villageName = villageName;
  }
}
