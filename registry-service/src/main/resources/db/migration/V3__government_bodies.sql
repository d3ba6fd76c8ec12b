-- Government bodies: customers of the state social order and grants, addressees of recommendations,
-- agencies answering them (architecture.md §1; brief §3.2, §5).
--   level      CENTRAL (ministries, their committees, national operators) | LOCAL (akimats and their departments)
--   kind       MINISTRY | COMMITTEE | AKIMAT | AKIMAT_DEPARTMENT | GRANT_OPERATOR | OTHER
--   parent_id  committee -> ministry, akimat department -> akimat
CREATE TABLE government_body (
    id          UUID PRIMARY KEY,
    bin         CHAR(12)    NOT NULL UNIQUE CHECK (bin ~ '^[0-9]{12}$'),
    name_kk     TEXT,
    name_ru     TEXT,
    name_en     TEXT,
    short_name  TEXT,
    level       TEXT        NOT NULL CHECK (level IN ('CENTRAL', 'LOCAL')),
    kind        TEXT        NOT NULL CHECK (kind IN ('MINISTRY', 'COMMITTEE', 'AKIMAT', 'AKIMAT_DEPARTMENT',
                                                     'GRANT_OPERATOR', 'OTHER')),
    parent_id   UUID REFERENCES government_body (id),
    region_code TEXT REFERENCES region (code),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT government_body_name_kk_or_ru CHECK (name_kk IS NOT NULL OR name_ru IS NOT NULL),
    CONSTRAINT government_body_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX government_body_level_id ON government_body (level, id);
CREATE INDEX government_body_kind_id ON government_body (kind, id);
CREATE INDEX government_body_region_id ON government_body (region_code, id);
CREATE INDEX government_body_parent ON government_body (parent_id);

-- Seed. Sources: brief §5 (MCI with its Information Committee; the ministries of National Economy,
-- Internal Affairs, Justice, and Education and Science), brief §1.6 (the Committee on Civil Society Affairs
-- runs the NGO Database), brief §3.1 (the grant operator, the Center for Support of Civil Initiatives,
-- cisc.kz [EXT]), brief §3.2 and §4.2 (akimats of the 20 regions and cities with their departments of
-- internal policy [DK]).
--
-- IDs are fixed so demo data and tests can refer to them: UUID version 5 of a slug (shown in the comment
-- above each row) in the namespace uuid5(NAMESPACE_URL, 'https://civic.kz/registry/government-bodies').
--
-- BINs ARE DEMO VALUES, NOT THE REAL ONES (our sources have none): '991240' + a serial from 90001 with a
-- valid check digit (kz.civic.registry.Bin; serials whose check digit does not exist are skipped). Replace
-- them from the legal-entity register before production use.
--
-- [DK, verify]
--   * The Ministry of Education and Science named in the text (L1198) was split in 2022 into the Ministry
--     of Education (Министерство просвещения) and the Ministry of Science and Higher Education; both are seeded.
--   * The grant operator is a non-profit JSC (NAO); it has no parent here although the MCI oversees it.
--   * "Department of Internal Policy" is the generic name; several akimats name the unit differently
--     (e.g. public development or social development departments): check each official name.
--   * Kazakh names are our renderings and need review.
INSERT INTO government_body (id, bin, name_kk, name_ru, name_en, short_name, level, kind, parent_id, region_code) VALUES
    -- ministry/mci
    ('b50310c4-84e2-544e-947c-466cce71ce54', '991240900010', 'Қазақстан Республикасының Мәдениет және ақпарат министрлігі', 'Министерство культуры и информации Республики Казахстан', 'Ministry of Culture and Information of the Republic of Kazakhstan', 'MCI', 'CENTRAL', 'MINISTRY', NULL, NULL),
    -- committee/mci-civil-society
    ('23fe81b5-7eb6-507c-ab06-26ea4ec31ab6', '991240900020', 'Қазақстан Республикасы Мәдениет және ақпарат министрлігінің Азаматтық қоғам істері комитеті', 'Комитет по делам гражданского общества Министерства культуры и информации Республики Казахстан', 'Committee on Civil Society Affairs of the Ministry of Culture and Information of the Republic of Kazakhstan', 'CCSA MCI', 'CENTRAL', 'COMMITTEE', 'b50310c4-84e2-544e-947c-466cce71ce54', NULL),
    -- committee/mci-information
    ('6cfdd459-b7d1-57cb-9cb3-4794c7108bda', '991240900030', 'Қазақстан Республикасы Мәдениет және ақпарат министрлігінің Ақпарат комитеті', 'Комитет информации Министерства культуры и информации Республики Казахстан', 'Information Committee of the Ministry of Culture and Information of the Republic of Kazakhstan', 'IC MCI', 'CENTRAL', 'COMMITTEE', 'b50310c4-84e2-544e-947c-466cce71ce54', NULL),
    -- ministry/national-economy
    ('d90768b9-d0b4-5bcb-948d-f434e5607f03', '991240900040', 'Қазақстан Республикасының Ұлттық экономика министрлігі', 'Министерство национальной экономики Республики Казахстан', 'Ministry of National Economy of the Republic of Kazakhstan', 'MNE', 'CENTRAL', 'MINISTRY', NULL, NULL),
    -- ministry/internal-affairs
    ('fa328bb1-d526-5af3-810e-ef8a2e9aeeee', '991240900050', 'Қазақстан Республикасының Ішкі істер министрлігі', 'Министерство внутренних дел Республики Казахстан', 'Ministry of Internal Affairs of the Republic of Kazakhstan', 'MIA', 'CENTRAL', 'MINISTRY', NULL, NULL),
    -- ministry/justice
    ('f4a9d3f0-4cb5-5b4a-9927-48a3ff466520', '991240900060', 'Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the Republic of Kazakhstan', 'MoJ', 'CENTRAL', 'MINISTRY', NULL, NULL),
    -- ministry/education
    ('bb031017-9fa4-58f4-9428-40c535ec581c', '991240900070', 'Қазақстан Республикасының Оқу-ағарту министрлігі', 'Министерство просвещения Республики Казахстан', 'Ministry of Education of the Republic of Kazakhstan', 'MoE', 'CENTRAL', 'MINISTRY', NULL, NULL),
    -- ministry/science-higher-education
    ('79cdf065-af81-51dc-afae-6cf1db251312', '991240900080', 'Қазақстан Республикасының Ғылым және жоғары білім министрлігі', 'Министерство науки и высшего образования Республики Казахстан', 'Ministry of Science and Higher Education of the Republic of Kazakhstan', 'MSHE', 'CENTRAL', 'MINISTRY', NULL, NULL),
    -- grant-operator/csci
    ('fdd5de77-7325-540d-9ab7-f01ee377bb4d', '991240900090', '«Азаматтық бастамаларды қолдау орталығы» коммерциялық емес акционерлік қоғамы', 'Некоммерческое акционерное общество «Центр поддержки гражданских инициатив»', 'Non-profit joint-stock company "Center for Support of Civil Initiatives"', 'CSCI', 'CENTRAL', 'GRANT_OPERATOR', NULL, NULL),
    -- akimat/KZ-10
    ('a07e13c8-2aa6-5a29-a681-e0acde4b1b41', '991240900103', 'Абай облысының әкімдігі', 'Акимат области Абай', 'Akimat of Abai Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-10'),
    -- akimat-department/KZ-10/internal-policy
    ('6dd7ec08-a97c-5051-a349-dd3f897924cc', '991240900115', 'Абай облысының ішкі саясат басқармасы', 'Управление внутренней политики области Абай', 'Department of Internal Policy of Abai Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'a07e13c8-2aa6-5a29-a681-e0acde4b1b41', 'KZ-10'),
    -- akimat/KZ-11
    ('8de0847f-3e9a-5948-b26d-b9c078f3518a', '991240900127', 'Ақмола облысының әкімдігі', 'Акимат Акмолинской области', 'Akimat of Akmola Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-11'),
    -- akimat-department/KZ-11/internal-policy
    ('cb82845d-ee91-5cdf-b265-b971c159e28b', '991240900139', 'Ақмола облысының ішкі саясат басқармасы', 'Управление внутренней политики Акмолинской области', 'Department of Internal Policy of Akmola Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '8de0847f-3e9a-5948-b26d-b9c078f3518a', 'KZ-11'),
    -- akimat/KZ-15
    ('53d5c98f-2171-5fdc-8ab9-56a64b97e231', '991240900140', 'Ақтөбе облысының әкімдігі', 'Акимат Актюбинской области', 'Akimat of Aktobe Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-15'),
    -- akimat-department/KZ-15/internal-policy
    ('05a9ae9b-5184-5f78-917c-0b0e4d943417', '991240900152', 'Ақтөбе облысының ішкі саясат басқармасы', 'Управление внутренней политики Актюбинской области', 'Department of Internal Policy of Aktobe Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '53d5c98f-2171-5fdc-8ab9-56a64b97e231', 'KZ-15'),
    -- akimat/KZ-19
    ('61c48ecf-ee64-5654-ba14-30d757c43a79', '991240900164', 'Алматы облысының әкімдігі', 'Акимат Алматинской области', 'Akimat of Almaty Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-19'),
    -- akimat-department/KZ-19/internal-policy
    ('7af886b7-6b33-5dcc-b9bc-5bd2274f021d', '991240900176', 'Алматы облысының ішкі саясат басқармасы', 'Управление внутренней политики Алматинской области', 'Department of Internal Policy of Almaty Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '61c48ecf-ee64-5654-ba14-30d757c43a79', 'KZ-19'),
    -- akimat/KZ-23
    ('696fd1fb-7f83-54fa-ac62-69e718bada4b', '991240900188', 'Атырау облысының әкімдігі', 'Акимат Атырауской области', 'Akimat of Atyrau Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-23'),
    -- akimat-department/KZ-23/internal-policy
    ('be3ddf9c-b331-52ad-b147-6a354fc4cfb3', '991240900209', 'Атырау облысының ішкі саясат басқармасы', 'Управление внутренней политики Атырауской области', 'Department of Internal Policy of Atyrau Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '696fd1fb-7f83-54fa-ac62-69e718bada4b', 'KZ-23'),
    -- akimat/KZ-27
    ('76d01aa3-8632-55a8-a87c-cb1b66e2ed6c', '991240900219', 'Батыс Қазақстан облысының әкімдігі', 'Акимат Западно-Казахстанской области', 'Akimat of West Kazakhstan Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-27'),
    -- akimat-department/KZ-27/internal-policy
    ('bedba24a-1078-5b21-b692-78e91f92bfa9', '991240900229', 'Батыс Қазақстан облысының ішкі саясат басқармасы', 'Управление внутренней политики Западно-Казахстанской области', 'Department of Internal Policy of West Kazakhstan Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '76d01aa3-8632-55a8-a87c-cb1b66e2ed6c', 'KZ-27'),
    -- akimat/KZ-31
    ('068a1d7c-a7e1-5913-8a72-264dbfcbe6c5', '991240900239', 'Жамбыл облысының әкімдігі', 'Акимат Жамбылской области', 'Akimat of Jambyl Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-31'),
    -- akimat-department/KZ-31/internal-policy
    ('993d2c08-d97e-5ee3-8983-854c9af62b8e', '991240900249', 'Жамбыл облысының ішкі саясат басқармасы', 'Управление внутренней политики Жамбылской области', 'Department of Internal Policy of Jambyl Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '068a1d7c-a7e1-5913-8a72-264dbfcbe6c5', 'KZ-31'),
    -- akimat/KZ-33
    ('e4f29024-ecbf-5ca3-a133-aabbd04f8431', '991240900259', 'Жетісу облысының әкімдігі', 'Акимат области Жетісу', 'Akimat of Jetisu Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-33'),
    -- akimat-department/KZ-33/internal-policy
    ('b68f091f-273c-56f1-96fc-92f0716ca706', '991240900269', 'Жетісу облысының ішкі саясат басқармасы', 'Управление внутренней политики области Жетісу', 'Department of Internal Policy of Jetisu Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'e4f29024-ecbf-5ca3-a133-aabbd04f8431', 'KZ-33'),
    -- akimat/KZ-35
    ('3797a725-e4b8-5123-86e7-d4c3f54f8765', '991240900279', 'Қарағанды облысының әкімдігі', 'Акимат Карагандинской области', 'Akimat of Karaganda Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-35'),
    -- akimat-department/KZ-35/internal-policy
    ('a2e22544-3195-5c50-a3d8-fa68c7c93ed4', '991240900289', 'Қарағанды облысының ішкі саясат басқармасы', 'Управление внутренней политики Карагандинской области', 'Department of Internal Policy of Karaganda Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '3797a725-e4b8-5123-86e7-d4c3f54f8765', 'KZ-35'),
    -- akimat/KZ-39
    ('a19205aa-f8fb-5045-a848-53166a2f1f3a', '991240900299', 'Қостанай облысының әкімдігі', 'Акимат Костанайской области', 'Akimat of Kostanay Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-39'),
    -- akimat-department/KZ-39/internal-policy
    ('80aa1058-7f1b-559e-a51f-c57e1524a523', '991240900308', 'Қостанай облысының ішкі саясат басқармасы', 'Управление внутренней политики Костанайской области', 'Department of Internal Policy of Kostanay Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'a19205aa-f8fb-5045-a848-53166a2f1f3a', 'KZ-39'),
    -- akimat/KZ-43
    ('6e9ffb1f-1c9f-5e93-901d-54db4be38793', '991240900318', 'Қызылорда облысының әкімдігі', 'Акимат Кызылординской области', 'Akimat of Kyzylorda Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-43'),
    -- akimat-department/KZ-43/internal-policy
    ('4d12fa87-02d1-5205-839a-3b8d168a1d0d', '991240900328', 'Қызылорда облысының ішкі саясат басқармасы', 'Управление внутренней политики Кызылординской области', 'Department of Internal Policy of Kyzylorda Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '6e9ffb1f-1c9f-5e93-901d-54db4be38793', 'KZ-43'),
    -- akimat/KZ-47
    ('68f246ee-a8cf-53b4-a1ee-7bf47af12c44', '991240900338', 'Маңғыстау облысының әкімдігі', 'Акимат Мангистауской области', 'Akimat of Mangystau Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-47'),
    -- akimat-department/KZ-47/internal-policy
    ('af813a9d-3025-57ef-906c-202d4b5a2420', '991240900348', 'Маңғыстау облысының ішкі саясат басқармасы', 'Управление внутренней политики Мангистауской области', 'Department of Internal Policy of Mangystau Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '68f246ee-a8cf-53b4-a1ee-7bf47af12c44', 'KZ-47'),
    -- akimat/KZ-55
    ('7c9f1578-ec91-501c-aba9-ae1dccd837d7', '991240900358', 'Павлодар облысының әкімдігі', 'Акимат Павлодарской области', 'Akimat of Pavlodar Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-55'),
    -- akimat-department/KZ-55/internal-policy
    ('8c2f0052-e1eb-50ae-94f0-7810dd8f35ad', '991240900368', 'Павлодар облысының ішкі саясат басқармасы', 'Управление внутренней политики Павлодарской области', 'Department of Internal Policy of Pavlodar Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '7c9f1578-ec91-501c-aba9-ae1dccd837d7', 'KZ-55'),
    -- akimat/KZ-59
    ('da9fcd15-c50c-58ed-a5a6-b3450979deed', '991240900378', 'Солтүстік Қазақстан облысының әкімдігі', 'Акимат Северо-Казахстанской области', 'Akimat of North Kazakhstan Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-59'),
    -- akimat-department/KZ-59/internal-policy
    ('d90ca2da-dd4e-5472-9c08-ebed105aef3d', '991240900388', 'Солтүстік Қазақстан облысының ішкі саясат басқармасы', 'Управление внутренней политики Северо-Казахстанской области', 'Department of Internal Policy of North Kazakhstan Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'da9fcd15-c50c-58ed-a5a6-b3450979deed', 'KZ-59'),
    -- akimat/KZ-61
    ('77e255f4-fa38-5d9d-95a7-19880e2db30b', '991240900398', 'Түркістан облысының әкімдігі', 'Акимат Туркестанской области', 'Akimat of Turkistan Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-61'),
    -- akimat-department/KZ-61/internal-policy
    ('f8fe7913-118d-51bd-8f06-4c51f74d2e5a', '991240900407', 'Түркістан облысының ішкі саясат басқармасы', 'Управление внутренней политики Туркестанской области', 'Department of Internal Policy of Turkistan Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '77e255f4-fa38-5d9d-95a7-19880e2db30b', 'KZ-61'),
    -- akimat/KZ-62
    ('a47a8df6-3275-5b40-95a1-94ad7bf55777', '991240900417', 'Ұлытау облысының әкімдігі', 'Акимат области Ұлытау', 'Akimat of Ulytau Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-62'),
    -- akimat-department/KZ-62/internal-policy
    ('3cfc51a7-e9d1-5e21-8f63-94b97cb3a5b5', '991240900427', 'Ұлытау облысының ішкі саясат басқармасы', 'Управление внутренней политики области Ұлытау', 'Department of Internal Policy of Ulytau Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'a47a8df6-3275-5b40-95a1-94ad7bf55777', 'KZ-62'),
    -- akimat/KZ-63
    ('e3ef44c1-a746-557e-b81e-0f8d4cefef67', '991240900437', 'Шығыс Қазақстан облысының әкімдігі', 'Акимат Восточно-Казахстанской области', 'Akimat of East Kazakhstan Region', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-63'),
    -- akimat-department/KZ-63/internal-policy
    ('cdf50034-a7ae-5e1d-b146-ebcb8549afda', '991240900447', 'Шығыс Қазақстан облысының ішкі саясат басқармасы', 'Управление внутренней политики Восточно-Казахстанской области', 'Department of Internal Policy of East Kazakhstan Region', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'e3ef44c1-a746-557e-b81e-0f8d4cefef67', 'KZ-63'),
    -- akimat/KZ-71
    ('f099f706-db12-528f-b449-02273e62f8ab', '991240900457', 'Астана қаласының әкімдігі', 'Акимат города Астаны', 'Akimat of Astana city', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-71'),
    -- akimat-department/KZ-71/internal-policy
    ('ab9b0730-e589-5ee4-b50a-35fad69127ad', '991240900467', 'Астана қаласының ішкі саясат басқармасы', 'Управление внутренней политики города Астаны', 'Department of Internal Policy of Astana city', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', 'f099f706-db12-528f-b449-02273e62f8ab', 'KZ-71'),
    -- akimat/KZ-75
    ('0c9e4a9d-00ae-5dee-a2eb-3a7c300fec7b', '991240900477', 'Алматы қаласының әкімдігі', 'Акимат города Алматы', 'Akimat of Almaty city', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-75'),
    -- akimat-department/KZ-75/internal-policy
    ('fd32363b-45d2-591f-8043-c6840518be67', '991240900487', 'Алматы қаласының ішкі саясат басқармасы', 'Управление внутренней политики города Алматы', 'Department of Internal Policy of Almaty city', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '0c9e4a9d-00ae-5dee-a2eb-3a7c300fec7b', 'KZ-75'),
    -- akimat/KZ-79
    ('33713161-50e9-5851-8b39-438eaba38298', '991240900497', 'Шымкент қаласының әкімдігі', 'Акимат города Шымкента', 'Akimat of Shymkent city', NULL, 'LOCAL', 'AKIMAT', NULL, 'KZ-79'),
    -- akimat-department/KZ-79/internal-policy
    ('7ef74b28-a609-52a4-9658-5c9bffec37e1', '991240900506', 'Шымкент қаласының ішкі саясат басқармасы', 'Управление внутренней политики города Шымкента', 'Department of Internal Policy of Shymkent city', NULL, 'LOCAL', 'AKIMAT_DEPARTMENT', '33713161-50e9-5851-8b39-438eaba38298', 'KZ-79');
