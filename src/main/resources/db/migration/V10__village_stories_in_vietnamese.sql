-- The village stories were loaded (version 2) from the English facts of craft-villages.csv; the
-- pages are Vietnamese, so each story is now the same sourced facts told in Vietnamese.
UPDATE craft_village SET story = CASE slug
  WHEN 'dong-xam-cham-bac' THEN
    'Làng (tên cũ là Đường Thâm) nằm bên hữu ngạn sông Đồng Giang. Ông tổ nghề Nguyễn Kim Lâu được thờ ở đền Đồng Xâm; tấm bia tổ nghề khắc năm Chính Hòa thứ 10 (1689) vẫn còn ở chùa Đường, thôn Thượng Gia.'
  WHEN 'nam-cao-det-dui' THEN
    'Tương truyền nghề có từ cuối thế kỷ XVI, khi ba người phụ nữ họ Nguyễn Thiên học trồng dâu, nuôi tằm, dệt vải ở Bất Bạt (nay thuộc Ba Vì, Hà Nội) rồi đem nghề về làng. Năm 2023, nghề dệt đũi Nam Cao được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia.'
  WHEN 'hoi-chieu-coi' THEN
    'Tên chính thức của làng là Hải Triều, bên dòng sông Luộc. Nghề dệt chiếu được Trạng nguyên Phạm Đôn Lễ (sinh năm 1457, đỗ Trạng nguyên năm 1481) cải tiến; dân làng tôn ông làm tổ nghề, gọi là "Trạng Chiếu".'
  WHEN 'lang-nguyen-banh-cay' THEN
    'Nghề làm bánh gắn với bà Nguyễn Thị Tần (1725–1800), người dòng họ Nguyễn Công, vào cung năm 1739; tương truyền chính vua Lê Hiển Tông đặt tên cho bánh. Làng còn nổi tiếng với nghề múa rối nước.'
  WHEN 'minh-lang-theu' THEN
    'Năm 1825, dưới triều vua Minh Mạng, các ông Nguyễn Như Khang, Nguyễn Nghĩa và Nguyễn Ca đưa nghề thêu về hai thôn Phù Lôi và Bùi Xá. Nghề thịnh nhất vào những năm 1970–1980, khi hàng thêu của làng được xuất sang Liên Xô và các nước Đông Âu.'
  WHEN 'phuong-la-det' THEN
    'Làng còn gọi là làng Mẹo (theo tên cũ Ứng Mão) và là thôn dệt duy nhất của xã Thái Phương. Các cụ cao niên kể nghề dệt ở đây có từ khoảng 700 năm trước; từ năm 1990, làng chủ yếu dệt khăn.'
  WHEN 'an-tiem-ren' THEN
    'Nghề rèn có từ năm 1288, khi Trần Hưng Đạo lập xưởng rèn vũ khí ở Lưu Đồn (nay là Thụy Hồng). Bốn trong năm người thợ cả của xưởng, được tôn là "Ngũ vị tổ sư", là người An Tiêm.'
  WHEN 'an-long-duc-dong' THEN
    'Nghề đúc đồng ở đây có khoảng 300 năm (từ thế kỷ XVIII), tương truyền học từ làng đúc Chè Đông ở Thanh Hóa. Từ năm 2005, làng tập trung đúc chuông, tượng và lư hương cho đình, chùa.'
  WHEN 'thanh-huong-com' THEN
    'Làng nằm bên bờ sông Hồng, phía tây huyện Vũ Thư, giữ nghề làm cốm truyền thống từ lúa nếp cái hoa vàng. Báo Tuổi Trẻ từng viết rằng phần lớn cốm bán ở Hà Nội được làm tại đây.'
  ELSE story END;
