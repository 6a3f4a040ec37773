-- The category tree of the storefront (Vietnamese first, English for visitors).
INSERT INTO category (id, slug, name_vi, name_en, parent_id, position) VALUES
 (1,  'trang-suc',        'Trang sức bạc',            'Silver jewellery',            NULL, 1),
 (2,  'nhan',             'Nhẫn',                     'Rings',                       1, 1),
 (3,  'vong-lac',         'Vòng, lắc tay',            'Bangles and bracelets',       1, 2),
 (4,  'day-chuyen',       'Dây chuyền, mặt dây',      'Necklaces and pendants',      1, 3),
 (5,  'hoa-tai',          'Hoa tai',                  'Earrings',                    1, 4),
 (6,  'do-bac-do-tho',    'Đồ bạc, đồ thờ',           'Silverware and altar pieces', NULL, 2),
 (7,  'det-may',          'Dệt may',                  'Textiles',                    NULL, 3),
 (8,  'khan-lua-dui',     'Khăn lụa, khăn đũi',       'Silk and đũi scarves',        7, 1),
 (9,  'vai-may-mac',      'Vải và áo may sẵn',        'Fabric and garments',         7, 2),
 (10, 'khan-bong',        'Khăn bông',                'Cotton towels',               7, 3),
 (11, 'tranh-theu',       'Tranh thêu, đồ thêu',      'Embroidery',                  NULL, 4),
 (12, 'chieu-coi',        'Chiếu và đồ cói',          'Sedge mats and sedge crafts', NULL, 5),
 (13, 'do-dong',          'Đồ đồng',                  'Bronzeware',                  NULL, 6),
 (14, 'dao-keo-ren',      'Dao, kéo, đồ rèn',         'Forged knives and tools',     NULL, 7),
 (15, 'dac-san',          'Đặc sản',                  'Food specialties',            NULL, 8),
 (16, 'banh-keo',         'Bánh, kẹo truyền thống',   'Traditional confections',     15, 1),
 (17, 'com',              'Cốm',                      'Young-rice flakes (cốm)',     15, 2);
