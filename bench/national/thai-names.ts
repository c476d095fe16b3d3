/**
 * Names for national-scale benchmark data: the 77 real provinces (so tree depth, name
 * lengths and sorting behave as in production), and agency, district and person names made
 * up from common Thai parts (so no generated row speaks for a real agency or person).
 */
export const PROVINCES: readonly (readonly [th: string, en: string])[] = [
  ['กรุงเทพมหานคร', 'Bangkok'], ['กระบี่', 'Krabi'], ['กาญจนบุรี', 'Kanchanaburi'], ['กาฬสินธุ์', 'Kalasin'],
  ['กำแพงเพชร', 'Kamphaeng Phet'], ['ขอนแก่น', 'Khon Kaen'], ['จันทบุรี', 'Chanthaburi'], ['ฉะเชิงเทรา', 'Chachoengsao'],
  ['ชลบุรี', 'Chon Buri'], ['ชัยนาท', 'Chai Nat'], ['ชัยภูมิ', 'Chaiyaphum'], ['ชุมพร', 'Chumphon'],
  ['เชียงราย', 'Chiang Rai'], ['เชียงใหม่', 'Chiang Mai'], ['ตรัง', 'Trang'], ['ตราด', 'Trat'],
  ['ตาก', 'Tak'], ['นครนายก', 'Nakhon Nayok'], ['นครปฐม', 'Nakhon Pathom'], ['นครพนม', 'Nakhon Phanom'],
  ['นครราชสีมา', 'Nakhon Ratchasima'], ['นครศรีธรรมราช', 'Nakhon Si Thammarat'], ['นครสวรรค์', 'Nakhon Sawan'], ['นนทบุรี', 'Nonthaburi'],
  ['นราธิวาส', 'Narathiwat'], ['น่าน', 'Nan'], ['บึงกาฬ', 'Bueng Kan'], ['บุรีรัมย์', 'Buri Ram'],
  ['ปทุมธานี', 'Pathum Thani'], ['ประจวบคีรีขันธ์', 'Prachuap Khiri Khan'], ['ปราจีนบุรี', 'Prachin Buri'], ['ปัตตานี', 'Pattani'],
  ['พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya'], ['พะเยา', 'Phayao'], ['พังงา', 'Phang Nga'], ['พัทลุง', 'Phatthalung'],
  ['พิจิตร', 'Phichit'], ['พิษณุโลก', 'Phitsanulok'], ['เพชรบุรี', 'Phetchaburi'], ['เพชรบูรณ์', 'Phetchabun'],
  ['แพร่', 'Phrae'], ['ภูเก็ต', 'Phuket'], ['มหาสารคาม', 'Maha Sarakham'], ['มุกดาหาร', 'Mukdahan'],
  ['แม่ฮ่องสอน', 'Mae Hong Son'], ['ยโสธร', 'Yasothon'], ['ยะลา', 'Yala'], ['ร้อยเอ็ด', 'Roi Et'],
  ['ระนอง', 'Ranong'], ['ระยอง', 'Rayong'], ['ราชบุรี', 'Ratchaburi'], ['ลพบุรี', 'Lop Buri'],
  ['ลำปาง', 'Lampang'], ['ลำพูน', 'Lamphun'], ['เลย', 'Loei'], ['ศรีสะเกษ', 'Si Sa Ket'],
  ['สกลนคร', 'Sakon Nakhon'], ['สงขลา', 'Songkhla'], ['สตูล', 'Satun'], ['สมุทรปราการ', 'Samut Prakan'],
  ['สมุทรสงคราม', 'Samut Songkhram'], ['สมุทรสาคร', 'Samut Sakhon'], ['สระแก้ว', 'Sa Kaeo'], ['สระบุรี', 'Saraburi'],
  ['สิงห์บุรี', 'Sing Buri'], ['สุโขทัย', 'Sukhothai'], ['สุพรรณบุรี', 'Suphan Buri'], ['สุราษฎร์ธานี', 'Surat Thani'],
  ['สุรินทร์', 'Surin'], ['หนองคาย', 'Nong Khai'], ['หนองบัวลำภู', 'Nong Bua Lam Phu'], ['อ่างทอง', 'Ang Thong'],
  ['อำนาจเจริญ', 'Amnat Charoen'], ['อุดรธานี', 'Udon Thani'], ['อุตรดิตถ์', 'Uttaradit'], ['อุทัยธานี', 'Uthai Thani'],
  ['อุบลราชธานี', 'Ubon Ratchathani'],
]

/** Place names are a common first part and a common second part: หนอง + บัว = หนองบัว (Nong Bua). */
export const PLACE_HEADS: readonly (readonly [string, string])[] = [
  ['หนอง', 'Nong'], ['บ้าน', 'Ban'], ['ดอน', 'Don'], ['โคก', 'Khok'], ['นา', 'Na'], ['ห้วย', 'Huai'], ['บึง', 'Bueng'],
  ['ท่า', 'Tha'], ['วัง', 'Wang'], ['เวียง', 'Wiang'], ['ทุ่ง', 'Thung'], ['หัว', 'Hua'], ['โพธิ์', 'Pho'], ['สระ', 'Sa'],
  ['ป่า', 'Pa'], ['เขา', 'Khao'], ['บาง', 'Bang'], ['ลำ', 'Lam'], ['แม่', 'Mae'], ['ศรี', 'Si'],
]
export const PLACE_TAILS: readonly (readonly [string, string])[] = [
  ['บัว', 'Bua'], ['ใหม่', 'Mai'], ['ทอง', 'Thong'], ['แก้ว', 'Kaeo'], ['หลวง', 'Luang'], ['ยาว', 'Yao'], ['ใหญ่', 'Yai'],
  ['น้อย', 'Noi'], ['งาม', 'Ngam'], ['สวรรค์', 'Sawan'], ['ขาม', 'Kham'], ['ไผ่', 'Phai'], ['จาน', 'Chan'], ['ตะเคียน', 'Takhian'],
  ['กุ่ม', 'Kum'], ['แดง', 'Daeng'], ['เหนือ', 'Nuea'], ['ใต้', 'Tai'], ['สะอาด', 'Sa-at'], ['ทราย', 'Sai'], ['หิน', 'Hin'],
  ['ช้าง', 'Chang'], ['ม่วง', 'Muang'], ['ยาง', 'Yang'], ['ดู่', 'Du'], ['คำ', 'Kham'], ['ชัย', 'Chai'], ['เจริญ', 'Charoen'],
  ['พัฒนา', 'Phatthana'], ['สามัคคี', 'Samakkhi'],
]

export const MALE_FIRST_NAMES = ['สมชาย', 'สมศักดิ์', 'วิชัย', 'ประเสริฐ', 'สุรชัย', 'อนุชา', 'ธนพล', 'กิตติ', 'ณัฐพล', 'พิชิต', 'ชัยวัฒน์', 'ธีระ', 'วีระพงษ์', 'อภิชาติ', 'เกียรติศักดิ์', 'สุเมธ']
export const FEMALE_FIRST_NAMES = ['สุดารัตน์', 'วันเพ็ญ', 'มาลี', 'ศิริพร', 'กาญจนา', 'ปราณี', 'อรุณี', 'นภา', 'จันทร์เพ็ญ', 'รัตนา', 'พรทิพย์', 'สุภาพร', 'ชนิดา', 'วรรณา', 'ณัฐธิดา', 'เบญจมาศ']
export const SURNAMES = [
  'ใจดี', 'ศรีสุข', 'แสงทอง', 'บุญมา', 'ทองคำ', 'สุขสวัสดิ์', 'รักไทย', 'มั่นคง', 'เจริญผล', 'พรหมมา', 'อินทร์แก้ว', 'ศรีวงศ์',
  'ชัยมงคล', 'วงศ์ใหญ่', 'สายบุญ', 'คำแก้ว', 'บุญประเสริฐ', 'ทองดี', 'แก้วมณี', 'ปัญญาดี', 'สมบูรณ์', 'พึ่งบุญ', 'ศรีสวัสดิ์', 'นาคสุข',
]
