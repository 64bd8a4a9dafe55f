/**
 * Common given names, written from general knowledge of naming in the languages the classifier
 * covers and in the largest other naming cultures. Space-separated to keep the bundle small.
 */

const ENGLISH = `
Tamika Shannon Erin Shana Shaniqua Lakisha Latisha Tanisha Keshia Jasmine Imani Aliyah Kiara Nia Jada
Brianna Destiny Diamond Monique Yolanda Ebony Kenya Aisha Dominique Jamila Shayla Tierra Deja Kierra
Terrence Terrance DeAndre Dwayne Dwight Lamar Marlon Rashad Tyrell Jalen Kareem Khalil Deshawn Dante
Darryl Cedric Quentin Roderick Maurice Clarence Leroy Lionel Byron Otis Alonzo Desmond Gregg Clint
Heidi Gretchen Marjorie Lorraine Bonnie Peggy Sherry Jeanette Kristina Krista Kristy Misty Tina Tonya
Carla Regina Rhonda Vicki Connie Sheila Paula Ruby Lydia Naomi Stella Josephine Rosalind Miriam Esther
Gavin Brent Derrick Ricky Jimmy Johnny Danny Timmy Tommy Kenny Lenny Randall Rodney Clayton Dominick
James John Robert Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy
Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan
Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell
Bradley Philip Eugene Liam Oliver Lucas Aiden Jackson Levi Sebastian Mateo Owen Theodore Caleb Luke Isaac
Hudson Lincoln Josiah Connor Cameron Evan Hunter Colton Dominic Ian Adrian Carson Nolan Blake Chase Cole
Tristan Marcus Trevor Derek Travis Shane Brett Troy Garrett Cody Dustin Jared Spencer Mitchell Curtis Darren
Neil Martin Craig Todd Glenn Shawn Clifford Lloyd Leonard Howard Stanley Marvin Herbert Frederick Harvey
Terrence Darnell DeShawn Jamal Tyrone Malik Andre Marquis Terrell Jerome Reginald Cornelius Darius Kendrick
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
Rachel Carolyn Janet Catherine Maria Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn
Olivia Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice
Jean Alice Madison Doris Abigail Julia Judy Beverly Denise Marilyn Amber Danielle Brittany Diana Natalie
Sophia Isabella Charlotte Amelia Ava Mia Harper Ella Scarlett Chloe Camila Penelope Layla Riley Zoey Nora
Lillian Addison Aubrey Ellie Stella Zoe Leah Hazel Violet Aurora Savannah Audrey Brooklyn Bella Claire
Skylar Lucy Paisley Everly Caroline Nova Genesis Emilia Kennedy Maya Willow Kinsley Naomi Aaliyah Elena
Ariana Allison Gabriella Alexa Sadie Hailey Eva Kaylee Kayla Whitney Courtney Tiffany Crystal Erin Kristen
Lindsay Lindsey Erica Vanessa Monica Tamara Tanya Latoya Keisha Shanice Ebony Tasha Alicia Meredith Holly
Molly Bethany Chelsea Caitlin Kathryn Colleen Kristin Allison Jill Wendy Tracy Stacy Dana Robin Leslie
Marcia Darlene Valerie Yvonne Gwendolyn Rosemary Eleanor Edith Florence Irene Louise Ruth Gladys Mildred
Bernard Francis Norman Gordon Leon Dale Clarence Earl Ernest Eddie Alvin Lewis Melvin Lester Wesley Floyd
Graham Nigel Colin Ian Alistair Hamish Angus Duncan Fergus Callum Rhys Gareth Dafydd Owain Siobhan Niamh
Aoife Ciara Saoirse Sinead Orla Roisin Declan Cian Eoin Padraig Seamus Ciaran Oisin Conor Aidan Brendan
Fiona Kirsty Morag Eilidh Gemma Kerry Leanne Lorraine Tracey Joanne Nicola Stacey Zara Poppy Imogen Freya
Harriet Phoebe Jessica Georgina Rosie Millie Elsie Evie Isla Ivy Alfie Archie Harry Oscar Freddie Toby
Reggie Rory Ollie Jake Kieran Lewis Jamie Ross Stuart Barry Trevor Clive Derek Keith Malcolm Roland Rupert
Tobias Quentin Desmond Percy Reginald Cecil Hugh Giles Jeremy Piers Crispin Tristram Jasper Felix Hugo
Dan Tom Tim Ben Sam Rob Bob Jim Joe Mike Dave Steve Chris Nick Matt Pete Andy Tony Ed Ted Fred Greg Jeff
Jon Ken Kim Liz Beth Kate Katie Jenny Jen Becky Meg Abby Maggie Sally Annie Lucy Nate Zach Alex Max
Kayden Jaden Brayden Aidan Landon Bentley Easton Grayson Jaxon Kai Ryder Weston Declan Silas Everett
`;

const SPANISH_PORTUGUESE = `
Alejandro Antonio Manuel Francisco Javier Carlos Miguel Rafael Pedro Pablo Sergio Fernando Jorge Luis Alberto
Juan Diego Andrés Andres Ricardo Eduardo Raúl Raul Enrique Ramón Ramon Rubén Ruben Óscar Iván Ivan Álvaro
Alvaro Adrián Gonzalo Ignacio Guillermo Roberto Emilio Jaime Joaquín Joaquin Santiago Mateo Hugo Martín Marcos
Héctor Hector Víctor Vicente Mariano Agustín Esteban Felipe Gustavo Hernán Julio César Cesar Arturo Alfonso
Lorenzo Rodrigo Nicolás Nicolas Tomás Tomas Gerardo Armando Ernesto Orlando Rolando Leonardo Mauricio Octavio
Fabián Fabian Cristian Sebastián Jesús Jesus Marco Xavier Iker Unai Aitor Oriol Jordi Pau Marc Arnau Pol
María Carmen Josefa Isabel Ana Dolores Pilar Teresa Rosa Cristina Lucía Lucia Mercedes Paula Laura Marta
Elena Sara Raquel Beatriz Rocío Rocio Silvia Patricia Montserrat Nuria Sonia Alicia Irene Inés Ines Julia
Claudia Andrea Natalia Sofía Sofia Valeria Camila Daniela Gabriela Fernanda Mariana Alejandra Adriana Verónica
Veronica Lorena Yolanda Consuelo Esperanza Guadalupe Rosario Soledad Inmaculada Concepción Ángeles Angeles
Nerea Ainhoa Leire Itziar Maite Amaia Begoña Milagros Ximena Renata Valentina Luciana Florencia Catalina
Paola Carolina Victoria Martina Jimena Luz Marisol Estela Graciela Noelia Vanesa Eva Lidia Miriam Ángela
João Joao José Jose Luís António Francisco Paulo Pedro Rui Nuno Tiago Diogo Gonçalo Duarte Bruno Ricardo
Vítor Vitor Sérgio Hélder Fábio Rafael Gustavo Thiago Matheus Lucas Gabriel Leonardo Felipe Vinícius Vinicius
Caio Otávio Rodrigo Marcelo Fernando Henrique Murilo Enzo Heitor Bernardo Davi Arthur Lorenzo Benício
Maria Ana Mariana Beatriz Inês Leonor Matilde Carolina Francisca Joana Catarina Sofia Rita Marta Sara
Filipa Raquel Patrícia Cláudia Sílvia Vanessa Juliana Fernanda Larissa Letícia Leticia Aline Bianca Jéssica
Luana Camila Bruna Amanda Thaís Thais Débora Renata Tatiana Vitória Gabriela Isabela Lívia Manuela Valentina
Conceição Fátima Graça Lurdes Rosário Helena Adriana Simone Priscila Daniela Luiza Heloísa Cecília
`;

const GERMAN_DUTCH_NORDIC = `
Maximilian Alexander Paul Leon Lukas Luca Felix Jonas Tim Elias Noah Ben Finn Julian Niklas Moritz Jan
Philipp David Tobias Florian Sebastian Fabian Simon Dominik Matthias Michael Thomas Andreas Stefan Markus
Christian Martin Frank Jürgen Juergen Klaus Uwe Wolfgang Dieter Günter Günther Horst Manfred Helmut Heinz
Karl Friedrich Hans Peter Werner Gerhard Rainer Bernd Ralf Jörg Joerg Dirk Holger Sven Torsten Thorsten
Volker Heiko Kai Lars Jens Carsten Olaf Detlef Henning Hendrik Malte Jannik Jannis Till Lennart Mats Ole
Johannes Benedikt Konstantin Valentin Leopold Ludwig Anton Emil Theo Oskar Matteo Henri Vincent Jakob
Marie Sophie Maria Anna Emma Mia Hannah Lena Lea Leonie Lina Laura Julia Sarah Lisa Katharina Johanna
Charlotte Amelie Clara Klara Luisa Greta Frieda Ida Mathilda Emilia Paulina Pauline Carla Nele Maja Jana
Sabine Petra Monika Andrea Ursula Brigitte Gabriele Renate Karin Ingrid Helga Elke Heike Birgit Silke
Anja Susanne Claudia Nicole Stefanie Kerstin Tanja Sandra Daniela Manuela Melanie Nadine Simone Bettina
Annika Franziska Miriam Svenja Janina Vanessa Jessica Christina Kathrin Carina Theresa Veronika Magdalena
Jeroen Daan Sem Bram Lucas Thijs Ruben Stijn Jasper Koen Joost Sander Wouter Bas Pieter Willem Hendrik
Maarten Niels Rutger Gijs Floris Hugo Teun Luuk Milan Tijn Sven Arjen Ronald Erik Marco Mark Dennis
Anouk Sanne Femke Lotte Fleur Eva Iris Noor Lieke Roos Sophie Julia Anne Marloes Mirjam Ingrid Esther
Ilse Inge Marieke Annemieke Janneke Wilma Saskia Manon Evi Tess Isa Fenna Zoë Lisa Nina Maud
Lars Erik Anders Johan Karl Nils Olof Gustav Oskar Axel Emil Hugo Viktor Magnus Henrik Fredrik Mikael
Per Sven Björn Bjorn Göran Goran Stefan Mattias Andreas Jonas Johannes Linus Elias Filip Isak Ludvig
Anna Eva Maria Karin Kristina Lena Sara Emma Elin Ida Maja Ebba Alva Astrid Linnea Saga Wilma Elsa Agnes
Ingrid Birgitta Margareta Ulla Annika Malin Sofia Johanna Frida Hanna Klara Matilda Stina Signe Liv
Mikko Juha Jukka Matti Timo Antti Pekka Kari Jari Janne Ville Teemu Tuomas Sami Heikki Petri Markku
Olli Eero Aleksi Lauri Joonas Eetu Onni Väinö Aatu Niko Otto Veeti Jussi Tapio Esa Harri Kalle Toni
Anna Maria Sari Tiina Päivi Anne Minna Johanna Riikka Laura Emilia Aino Aada Helmi Venla Veera Ella
Sanna Heidi Satu Katja Kaisa Noora Elina Hanna Jenni Essi Milla Iida Aino Pirjo Ritva Leena Outi Eija
Oskar Freja Frederik Mads Rasmus Mikkel Søren Soren Casper Morten Jesper Thomas Niels Ida Mette Sofie Line
Ole Knut Håkon Hakon Eirik Sindre Ingrid Silje Marte Kari Tone Hilde Ragnhild Solveig Sigrid
`;

const FRENCH_ITALIAN_POLISH = `
Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Pascal Frédéric Frederic Laurent Olivier
Sébastien Sebastien Stéphane Stephane Julien Thierry Éric Eric Didier Bruno Guillaume Mathieu Matthieu Antoine
Jérôme Jerome Vincent François Francois Benoît Benoit Cédric Cedric Romain Maxime Thomas Alexandre Hugo
Théo Theo Lucas Louis Gabriel Arthur Raphaël Raphael Jules Léo Leo Adam Nathan Mathis Clément Clement Quentin
Baptiste Florian Valentin Aurélien Aurelien Damien Jérémy Yann Loïc Loic Gaël Gael Arnaud Xavier Yves
Marie Nathalie Isabelle Sylvie Catherine Françoise Francoise Christine Monique Valérie Valerie Sandrine
Sophie Céline Celine Véronique Veronique Stéphanie Stephanie Aurélie Aurelie Émilie Emilie Julie Camille
Claire Chloé Chloe Manon Léa Lea Inès Ines Léna Jade Louise Alice Juliette Margaux Pauline Océane Oceane
Mathilde Charlotte Amélie Amelie Zoé Maëlle Léonie Cécile Gaëlle Aurore Élodie Elodie Audrey Laetitia Amandine Caroline Virginie Brigitte Martine Danielle Hélène
Helene Anne Agnès Agnes Mélanie Melanie Marion Margot Capucine Eloïse Apolline Clémence Solène Noémie Anaïs
Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico
Bruno Paolo Michele Giorgio Aldo Sergio Luciano Roberto Stefano Andrea Alessandro Marco Matteo Lorenzo
Leonardo Riccardo Davide Simone Federico Gabriele Tommaso Edoardo Emanuele Fabio Massimo Maurizio Claudio
Daniele Alberto Enrico Filippo Giacomo Nicola Raffaele Alessio Luca Cristian Gianluca Gianni Fabrizio
Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonietta Paola
Giulia Chiara Sara Martina Alessia Federica Valentina Silvia Elisa Elena Laura Roberta Alessandra Sofia
Aurora Ginevra Beatrice Alice Greta Emma Giorgia Ilaria Serena Simona Claudia Cristina Monica Daniela
Barbara Patrizia Manuela Stefania Rita Rossella Luisa Graziella Lorena Noemi Arianna Camilla Viola
Piotr Krzysztof Andrzej Tomasz Paweł Pawel Michał Michal Marcin Jakub Adam Łukasz Lukasz Mateusz Grzegorz
Jan Stanisław Stanislaw Józef Jozef Kamil Wojciech Marek Rafał Rafal Dariusz Mariusz Robert Zbigniew
Jerzy Tadeusz Kacper Szymon Bartosz Dawid Filip Wiktor Antoni Maciej Przemysław Sebastian Artur Damian
Anna Maria Katarzyna Małgorzata Malgorzata Agnieszka Barbara Krystyna Ewa Elżbieta Elzbieta Zofia Joanna
Magdalena Monika Aleksandra Natalia Julia Zuzanna Wiktoria Oliwia Alicja Marta Karolina Dorota Beata
Jolanta Iwona Grażyna Grazyna Halina Danuta Renata Sylwia Justyna Paulina Weronika Hanna Lena Maja
`;

const SOUTH_ASIAN = `
Meera Mira Neeta Nita Shilpa Smita Sunaina Swapna Trisha Varsha Vandana Veena Yashoda Bhavna Hema
Jaya Kamala Kalpana Kusum Lata Mala Malini Manju Nalini Nirmala Pushpa Radhika Ramya Renu Roopa Sangita
Shanti Sheela Suman Sushma Tara Uma Indira Arjun Anirudh Aniket Ashwin Bharat Chirag Darshan Gautam
Hitesh Jatin Kapil Keshav Lokesh Mayank Naveen Nishant Paresh Piyush Rajiv Rajat Rupesh Sahil Shivam
Shubham Sudhir Sumeet Tejas Uday Vineet Vishal Yogesh Zubin Faizal Faisal Rizwan Salman Shahid Tariq
Yong Shu Yuting Yiting Xiaoyu Xiaoli Xiaojun Jianping Jian Yan Yun Hao Yi Ling Qian Qi Xue Hui Jia Ying
Jiayu Zihao Yuxin Ruoxi Shuhui Wenjun Wenjie Wenwen Haoyu Mingyu Zhiyuan Jiaming Yifan Yiming Shuyi
Liang Bin Kun Dan Gang Jiang Tian Cheng Feng Xiang Zhen Hong Hai Bo Chao Dong
Haruto Ryo Kenichi Shinji Yoshiro Minoru Takeshi Hideo Masaki Nobu Sayaka Rie Natsuki Miyu Kanon Ren
Seo-yeon Min-seo Ji-woo Ha-yoon Ji-yoo Seo-ah Chae-won Ye-jin Su-ah Ji-an Jae-hyun Young-ho Sang-woo
Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Rohan Rahul Amit Anil Sunil Rajesh
Ramesh Suresh Mahesh Ganesh Dinesh Rakesh Mukesh Naresh Vijay Sanjay Ajay Manoj Vinod Ashok Deepak Pradeep
Sandeep Kuldeep Gaurav Saurabh Vikram Vikas Nikhil Akhil Sachin Rohit Mohit Sumit Ankit Arpit Varun Karan
Kunal Siddharth Abhishek Abhinav Ankur Pranav Pratik Prateek Harsh Yash Aman Raj Ravi Kiran Arun Tarun
Manish Nitin Pankaj Neeraj Dhruv Kabir Aryan Atharv Advait Shaurya Ritvik Rishi Parth Tanmay Utkarsh
Venkat Srinivas Srinivasan Subramanian Karthik Karthikeyan Murali Balaji Ganesan Harish Girish Satish Naveen
Praveen Prakash Shankar Anand Arvind Aravind Mohan Gopal Hari Krishnan Lakshman Sridhar Vasudevan Senthil
Muthu Raghav Raghavan Madhav Keshav Omkar Tushar Chetan Hemant Jayant Lalit Amol Nilesh Sameer Imran Irfan
Aadhya Ananya Diya Saanvi Aanya Pari Anika Navya Ira Myra Sara Aarohi Ishita Priya Pooja Neha Sneha
Anjali Kavya Divya Shreya Shruti Swati Sonal Sonia Ritu Nisha Asha Usha Rekha Sunita Anita Kavita Savita
Geeta Gita Seema Meena Reena Rani Lakshmi Parvati Durga Sita Radha Deepika Priyanka Madhuri Aishwarya
Kareena Vidya Rashmi Shweta Sweta Pallavi Payal Komal Jyoti Preeti Nidhi Richa Tanvi Tanya Megha Nandini
Archana Aparna Bhavana Charu Harini Janani Keerthana Lavanya Meenakshi Padma Revathi Sangeetha Shalini
Sowmya Sudha Uma Vani Vasanthi Yamini Zoya Ayesha Fatima Sana Nazia Farah Shabnam Rubina Tahira Nasreen
`;

const EAST_ASIAN = `
Wei Fang Min Jing Li Lei Yang Jun Hui Yan Ying Xin Hao Yu Ming Jie Tao Bo Chen Qiang Ping Gang Hong Hua
Xiaoling Xiaoming Xiaohong Xiaoyan Xiaowei Zhiwei Zhihao Haoran Yuxuan Zihan Yichen Junjie Jiahao Jiayi
Zixuan Yutong Xinyi Yuhan Shuang Lili Yanyan Jingjing Tingting Meiling Meili Huiying Xiuying Guiying
Jianguo Jianhua Jianjun Weiming Zhiqiang Yongmei Chunyan Qing Lan Mei Na Fei Rui Kai Lin Ning Peng
Hiroshi Takashi Kenji Satoshi Yuki Haruto Sota Yuto Ren Hinata Riku Kaito Daiki Takumi Shota Kenta Ryota
Daisuke Kazuki Naoki Tatsuya Yusuke Akira Koji Makoto Shin Sho Yamato Haruki Taro Ichiro Jiro Kazuo Masato
Yui Hina Aoi Sakura Mio Rin Yuna Mei Akari Himari Haruka Misaki Nanami Ayaka Yuka Yoko Keiko Naomi Emi
Kaori Megumi Tomoko Akiko Yumi Mai Mika Saki Ayumi Noriko Michiko Kumiko Hanako Chiyo Asuka Rina
Min-jun Seo-jun Do-yun Ji-ho Ha-jun Joon-ho Jae-won Sung-min Hyun-woo Dong-hyun Jin-woo Tae-yang Minho
Ji-woo Seo-yeon Ha-eun Su-bin Ji-min Yuna Seo-yun Ji-yeon Hye-jin Eun-ji Min-ji Soo-jin Jiwoo Jimin Jisoo
Minh Anh Linh Trang Huong Thao Hoa Lan Mai Nga Phuong Quang Tuan Hung Dung Duc Thanh Long Nam Hai Khoa
Thi Van Bao Hieu Trung Vinh Nguyet Thuy Hanh Ngoc Tam Kim
`;

const MIDDLE_EAST_AFRICA_OTHER = `
Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Omar Umar Hassan Hussein Husain Ibrahim Youssef Yousef
Yusuf Khalid Khaled Mahmoud Mustafa Mostafa Abdullah Abdul Abdulrahman Abdelrahman Karim Kareem Tariq
Tarek Hamza Bilal Faisal Fahad Saad Saeed Said Nasser Salim Salem Sami Samir Walid Waleed Yasser Ziad
Rami Fadi Nabil Adel Adil Amir Ayman Bassam Emad Hisham Jamil Majid Marwan Rashid Rayan Zaid Zayd
Fatima Fatma Aisha Ayesha Maryam Mariam Zainab Zeinab Khadija Amina Aminah Layla Leila Laila Nour Noor
Sara Salma Huda Hana Hanan Rania Rana Dina Lina Yasmin Yasmine Jasmin Mona Nadia Samira Amira Lubna
Reem Rima Ghada Hiba Iman Imane Asma Dalia Farida Habiba Jamila Latifa Nawal Rasha Sawsan Suad Wafa
Mehmet Mustafa Ahmet Emre Burak Murat Can Cem Kerem Deniz Hakan Serkan Oguz Onur Ozan Volkan Baris
Ayse Elif Zeynep Emine Hatice Merve Esra Ebru Selin Ozge Gizem Derya Sibel Tugba Busra Ceren Dilara
Reza Ali Mehdi Hossein Amir Dariush Kourosh Babak Arash Behnam Farhad Navid Parisa Shirin Maryam Nasrin
Leyla Niloufar Azadeh Mahsa Neda Roya Sahar Setareh Yasaman
Chinedu Chukwuemeka Emeka Obinna Ifeanyi Nnamdi Uche Chidi Kelechi Ikenna Tunde Babatunde Olumide Oluwaseun
Seun Femi Kunle Segun Ayodele Adebayo Adewale Yemi Kwame Kofi Kwabena Kwaku Yaw Kojo Kojo Kwesi Ama Akua
Abena Adwoa Efua Esi Afua Chiamaka Ngozi Chioma Adaeze Amarachi Ifeoma Nneka Funmilayo Folake Yetunde
Bukola Temitope Titilayo Aisha Zainab Halima Thabo Sipho Themba Mandla Sibusiso Bongani Lerato Thandiwe
Nomsa Zanele Palesa Naledi Wanjiru Wanjiku Njeri Achieng Akinyi Otieno Kamau Mwangi Kipchoge Juma Baraka
Amani Imani Zuri Abebe Tesfaye Dawit Selam Tigist Hirut Meron
Ivan Dmitri Dmitry Sergei Sergey Alexei Alexey Andrei Andrey Mikhail Nikolai Vladimir Pavel Oleg Igor Yuri
Boris Anatoly Viktor Konstantin Maxim Artem Roman Denis Ilya Kirill Vadim Stanislav Bogdan Taras Oleksandr
Olga Natalia Natasha Tatiana Tatyana Svetlana Irina Elena Ekaterina Yekaterina Anastasia Marina Ludmila
Lyudmila Galina Valentina Nadezhda Oksana Yulia Daria Polina Ksenia Alina Vera Sofiya Larisa Zhanna
Dimitris Giorgos Nikos Kostas Yannis Panagiotis Eleni Katerina Sofia Georgia Despina Vasiliki Maria
Kaveh Anh Siddiq Ravindra Ngozi Keanu Kalani Leilani Mahina Kaia Tama Aroha Mere Wiremu Hemi Rangi
`;

// More names of the same cultures (South Asian, Dutch, Nordic, Southeast Asian, Korean, Chinese,
// Arabic, Turkish, Persian, African, Slavic, Romance, Germanic, Hebrew, Greek), held apart so the
// blocks above stay readable.
const MORE_GIVEN_NAMES = `
Deepa Dipika Kavitha Latha Madhavi Manisha Sapna Aditi Akshara Amrita Chitra Kriti Leela Mamta Padmini
Sarita Shobha Riya Sakshi Simran Harpreet Gurpreet Manpreet Jaspreet Navneet Amarjit Baljit Kuljit
Sukhwinder Rupinder Akash Anurag Ashish Jagdish Kartik Prashant Santosh Shyam Vinay Vivek Saravanan
Prabhu Joris Sjoerd Wim Kees Henk Geert Gert Thijmen Hidde Erwin Arjan Remco Ruud Roel Gerrit Jelle
Lieven Anneke Annelies Bregje Carlijn Daphne Els Gerda Hanneke Hester Ineke Jolien Karlijn Lisanne Loes
Maaike Mieke Nienke Rianne Sietske Tineke Willemijn Saara Liisa Tuula Tuulikki Kirsi Kirsti Marja Maarit
Merja Raija Sirpa Tarja Jaana Hannele Kaarina Marjatta Pauliina Suvi Oona Eveliina Inkeri Irmeli Tuomo
Ilkka Kimmo Jouni Arto Hannu Kalevi Lasse Marko Raimo Reijo Seppo Tommi Kristian Jyrki Erkki Veikko
Pertti Shermaine Charmaine Jermaine Jolene Rachelle Germaine Felicia Clarissa Evangeline Serene Sharlene
Sherlyn Jaslyn Shirlyn Rayson Jayden Dexter Kelvin Terence Benedict Edmund Gilbert Ignatius Royston Kok
Choon Keng Leong Siew Yew Hwee Geok Siok Nur Nurul Siti Aishah Hafiz Hafizah Haziq Ismail Izzati Khairul
Mohd Muhd Nabila Norazlina Rizal Shafiq Syafiq Syahirah Zulkifli Azlan Firdaus Hakim Hidayah Iskandar
Nadiah Puteri Ridhwan Safiya Zainal Zarina Fitri Hendra Slamet Wahyu Bambang Wayan Nyoman Kadek Komang
Maricel Marites Rowena Jocelyn Lorna Rosalinda Jericho Jomar Rommel Arnel Rodel Ramil Ronaldo Reynaldo
Mylene Analyn Mary-Ann Angelica Kristine Jonalyn Tuyet Xuan Kieu Nhung Oanh Phuc Quynh Trinh Uyen Chau
Diep Khanh Nghia Thang Thinh Toan Hoang Khoi Kiet Soo-ah Ye-eun Da-eun Yu-na Na-yeon Ji-hye Hye-won
Eun-bi So-yeon Ji-hoon Seung-ho Jung-ho Kyung-soo Min-ho Jun-seo Woo-jin Hyun-jun Ye-jun Si-woo
Joon-young Minato Yuma Kota Koki Shun Tomoya Yuya Hayato Yuta Yuko Kyoko Sachiko Hiromi Junko Reiko
Eriko Mariko Shiori Airi Momoka Honoka Ayane Wen Yue Rong Xiong Zhi Wenjing Jiaqi Siyu Xinran Weijie
Yixuan Jasmijn Mees Noud Veerle Wessel Behrouz Darya Ehsan Farzaneh Golnaz Hamid Kamran Ladan Mahnaz
Mitra Omid Payam Ramin Sepideh Shahram Soheil Taraneh Vahid Abdulaziz Abdulla Ayoub Bashir Fares Ghassan
Hatem Hazem Jalal Mahdi Mansour Mazen Moustafa Nader Osama Othman Qusai Raed Salah Tamer Wael Yahya
Younes Zakaria Duaa Fadwa Ghalia Inas Lujain Manal Maysa Najla Nisreen Rawan Shahd Sondos Yara Zahra
Berk Emir Eren Halil Hüseyin İbrahim Kaan Mert Metin Oğuz Orhan Selim Serdar Sinan Tolga Tuncay Uğur
Yiğit Aslı Ayşe Bahar Banu Beren Büşra Damla Defne Esin Gül Gülay Hande İrem Melis Nazlı Nesrin Pınar
Seda Sevgi Şule Tuğçe Yasemin Chidinma Ebere Ifunanya Nkechi Obioma Oluchi Uchenna Chinonso Chukwudi
Ikechukwu Obiora Okechukwu Onyekachi Adeola Adunni Bisola Damilola Funke Ibukun Kehinde Taiwo Modupe
Omolara Oyinkansola Tolulope Toyin Abimbola Ayomide Bolaji Gbenga Jide Olawale Oluwatobi Wale Akosua
Adjoa Afia Kafui Kwadwo Kwasi Yaa Mensah Lindiwe Nomvula Ayanda Busisiwe Lwazi Mpho Nandi Siyabonga
Tshepo Wambui Nyambura Muthoni Kiprono Kipkemboi Chebet Jepchirchir Auma Atieno Odhiambo Ochieng
Aleksandr Anatoliy Arkady Daniil Evgeny Fyodor Gennady Grigory Leonid Matvey Nikita Pyotr Ruslan Semyon
Timur Vasily Vyacheslav Yaroslav Yegor Alla Elizaveta Evgenia Inna Lyubov Margarita Raisa Ulyana Varvara
Viktoria Oleksiy Mykola Vasyl Yuriy Olena Iryna Halyna Nataliya Kateryna Solomiya Bożena Genowefa
Jadwiga Lucyna Mirosława Urszula Aleksander Bogusław Czesław Henryk Jacek Janusz Kazimierz Leszek
Mirosław Radosław Ryszard Sławomir Waldemar Witold Zdzisław Tomáš Jiří Petr Jaroslav Miroslav Vojtěch
Lukáš Ondřej Lenka Tereza Kateřina Eliška Barbora Étienne Etienne Gérard Gilles Hervé Jacques Jean-Luc
Jean-Marc Jean-Paul Jean-Baptiste Lucien Marcel Mathias Michaël Pierre-Louis René Serge Sylvain Thibault
Victor Yannick Adèle Agathe Anne-Sophie Bernadette Colette Delphine Élise Emmanuelle Estelle Fabienne
Geneviève Isabeau Josiane Laure Lucie Madeleine Marie-Claire Marie-Laure Marine Murielle Nadège Odile
Romane Ségolène Sylviane Yvette Alfredo Amedeo Beniamino Carmine Cesare Corrado Dario Elio Ettore Fausto
Flavio Gaetano Giancarlo Gianfranco Gino Giulio Guido Ivo Marcello Mattia Mirko Nazario Nino Ottavio
Piero Raimondo Renato Rocco Romeo Sandro Silvio Ugo Umberto Valerio Vittorio Agnese Benedetta Cinzia
Costanza Donatella Eleonora Fiorella Gianna Ilenia Letizia Lucrezia Marisa Mirella Nicoletta Ornella
Pietra Sabrina Tiziana Vittoria Aitana Almudena Araceli Asunción Azucena Carlota Eugenia Josefina
Macarena Montse Remedios Rosalía Agustina Constanza Germán Íñigo Jacinto Leandro Lisandro Matías
Maximiliano Nahuel Patricio Rodolfo Tobías Ulises Valentín Cristiano Edson Emerson Fabrício Guilherme
Luan Márcio Maurício Raimundo Reinaldo Renan Wellington Ana-Paula Andreia Daiane Elaine Fabiana
Franciele Gisele Jaqueline Lúcia Nathália Paloma Rafaela Rosana Solange Tatiane Viviane Anneli Britt
Cecilia Elisabeth Emelie Erika Evelina Gunilla Hedvig Inger Josefin Katarina Lovisa Mikaela Rebecka
Susanna Therese Ulrika Alfred Arvid Edvin Elliot Gunnar Hampus Harald Ivar Joakim Melker Olle Pontus
Ragnar Rickard Rune Sixten Tage Torbjörn Vidar Wilhelm Anneliese Antje Beate Christa Dagmar Gisela
Gudrun Hannelore Heidrun Hildegard Irmgard Jutta Liesel Lieselotte Marlene Rosemarie Roswitha Sieglinde
Traudl Trude Waltraud Annegret Anke Britta Dörte Gesine Imke Insa Meike Wiebke Arne Bastian Eckhard Egon
Ernst Fritz Gottfried Hartmut Heinrich Hermann Hubert Kurt Lothar Reinhard Rüdiger Siegfried Ulrich
Wilfried Winfried Camden Emmett Finley Harrison Leland Zane Abbie Alyssa Annabel Ashlyn Cassidy Delilah
Eliza Georgie Kiera Maisie Mollie Sienna Tabitha Tegan Willa Moshe Yosef Eitan Itai Noam Omer Yoav Shira
Yael Hila Liora Naama Shani Dafna Ilana Christos Vasilis Stavros Thanasis Michalis Manolis Spyros Petros
Stelios Konstantina Dimitra Ioanna Paraskevi Evangelia Chrysa Fotini Athina Marilena
`;

/** Given names that are also everyday words: they need a known surname or context to count. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  `Will May June April August Grace Hope Faith Joy Mark Bill Rose Dean Art Chase Guy Major Miles Price Rich
   Sky Summer Autumn Dawn Crystal Amber Ruby Pearl Iris Ivy Lily Daisy Holly Heather Destiny Harmony Melody
   Star Angel Sunny Rocky King Prince Page Reed Cliff Glen Dale Wade Lane Hunter Carter Mason Parker Taylor
   Jordan Morgan Austin Dallas Brook River Storm Patience Honor Justice Precious Christian Frank Jack Pat
   Sue Don Ray Gene Van Max Kim Robin Hazel Violet Willow Genesis Nova Aurora Victoria Florence Norman Drew
   Lincoln Hudson Kennedy Madison Brooklyn Savannah Georgia Virginia Carolina Paris Sydney Chelsea Phoenix
   Troy Jade Luz Sol Rosa Mercedes Dolores Angeles Pilar Paz Amparo Milagros Consuelo Esperanza Soledad
   Rosario Concepción Lourdes Hui Min Jun Yu Li Ming Mei Lan Na Fei Rui Kai Lin Ning Yang Chen Hong Hua
   Long Nam Hai Van Thi Bao Tam Can Deniz Noor Nour Iman Amani Imani Baraka Roos Fleur Diamond Kenya
   Dominique Tierra Deja Bin Gang Kun Tian Cheng Feng Xiang Zhen Bo Chao Dong Jiang Liang Yi Ling Qi
   Anu Dev Kamal Jos Ton Joep Stef Siem Guus Pim Bart Rik Frits Harm Klaas Dewi Elise Tuija Pia Lotta Pasi
   Simo Vesa Ari Aki Esko Boon Chee Chin Hock Kiat Meng Seng Soon Teck Wah Kah Poh Bee Lay Swee Intan Wan
   Agus Budi Eko Indah Joko Putri Sri Wati Yuli Adi Dian Made Ketut Gede Ayu Rhea Rica Thu Lien Dao Loan
   Tien Vy Yen Giang Ha Loc Phat Sang Tri Vu Dat Sora Kana Xia Bing Kang Song Zhong Mina Nima Shadi Anas
   Issa Alia Aya Basma Eman Hala Hind Joud Lama Lana Leen Malak Nada Rahaf Ruba Tala Efe Hasan Ece Eda Tobi
   Nana Kinga Wanda Alba Candela Celia Lola Mercè Vega Belén Abril Moa Tove Kent Loke Ulf Jude Mack Nash
   Rowan Ronan Brooke Leona Lexi Avi Oren Ziv Tal Tamar Noa`
    .split(/\s+/)
    .filter(Boolean),
);

/** Every given name, for membership tests. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    ENGLISH,
    SPANISH_PORTUGUESE,
    GERMAN_DUTCH_NORDIC,
    FRENCH_ITALIAN_POLISH,
    SOUTH_ASIAN,
    EAST_ASIAN,
    MIDDLE_EAST_AFRICA_OTHER,
    MORE_GIVEN_NAMES,
  ]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean),
);
